package vn.ttdn.intake.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ttdn.intake.IntakeFile;
import vn.ttdn.intake.PlanIntake;

/** Downloads of uploaded documents, and the plan page's "văn bản gốc" card (loaded by htmx, so planning needs no intake). */
@Controller
class IntakeFiles {

    private final PlanIntake intake;

    IntakeFiles(PlanIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/intake/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return download(intake.file(id));
    }

    @GetMapping("/intake/document-of-plan/{planId}")
    ResponseEntity<byte[]> original(@PathVariable long planId) {
        return download(intake.originalOfPlan(planId));
    }

    @GetMapping("/intake/plan-card/{planId}")
    String planCard(@PathVariable long planId, Model model) {
        model.addAttribute("planId", planId);
        model.addAttribute("document", intake.documentOfPlan(planId).orElse(null));
        model.addAttribute("revises", intake.revises(planId).orElse(null));
        return "intake/plan-card :: card";
    }

    static ResponseEntity<byte[]> download(IntakeFile file) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(file.info().fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }
}
