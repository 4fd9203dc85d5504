package vn.ttdn.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ttdn.intake.PlanIntake;

/** Downloads of uploaded documents, and the plan page's "văn bản gốc" card (loaded by htmx, so planning needs no intake). */
@Controller
class IntakeFilePages {

    private final PlanIntake intake;

    IntakeFilePages(PlanIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/intake/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        intake.file(id).send(response);
    }

    @GetMapping("/intake/document-of-plan/{planId}")
    void original(@PathVariable long planId, HttpServletResponse response) throws IOException {
        intake.originalOfPlan(planId).send(response);
    }

    @GetMapping("/intake/plan-card/{planId}")
    String planCard(@PathVariable long planId, Model model) {
        model.addAttribute("planId", planId);
        model.addAttribute("document", intake.documentOfPlan(planId).orElse(null));
        model.addAttribute("revises", intake.revises(planId).orElse(null));
        return "intake/plan-card :: card";
    }
}
