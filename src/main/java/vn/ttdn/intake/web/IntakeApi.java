package vn.ttdn.intake.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.intake.DocumentReadException;
import vn.ttdn.intake.IntakeHeader;
import vn.ttdn.intake.IntakeReview;
import vn.ttdn.intake.IntakeStatus;
import vn.ttdn.intake.ParsedPlan;
import vn.ttdn.intake.PlanIntake;
import vn.ttdn.intake.RevisionDiff;

/** Plan intake for API clients: upload a document, read the draft with its name resolution, map, confirm. */
@RestController
class IntakeApi {

    private final PlanIntake intake;
    private final MessageSource messages;

    IntakeApi(PlanIntake intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    /**
     * The draft as JSON: the header as corrected, what the document says, each printed agency name as resolved
     * (agencyId or groupId, exact or a near miss to confirm), and the changes against the plan it revises.
     */
    record DraftJson(long id, IntakeStatus status, String fileName, String detectedType, Long planId,
                     IntakeHeader header, ParsedPlan parsed, List<NameMatch> names, long unresolved,
                     RevisionDiff revision, long version) {

        static DraftJson of(IntakeReview r) {
            return new DraftJson(r.id(), r.status(), r.fileName(), r.detectedType(), r.planId(), r.header(), r.plan(),
                    r.names(), r.unresolvedCount(), r.revision(), r.version());
        }
    }

    record NameMapping(String printed, String target) {
    }

    @PostMapping("/api/intake")
    ResponseEntity<?> upload(@RequestParam MultipartFile file, @RequestParam(required = false) Long provinceId,
                             Locale locale) throws IOException {
        Long province = provinceId != null ? provinceId : CurrentUser.get().provinceId();
        if (province == null) {
            return problem(HttpStatus.BAD_REQUEST, messages.getMessage("intake.error.provinceMissing", null, locale));
        }
        try {
            long id = intake.upload(province, file.getOriginalFilename(), file.getBytes());
            return ResponseEntity.created(URI.create("/api/intake/" + id)).body(DraftJson.of(intake.review(id)));
        } catch (DocumentReadException e) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(e, locale));
        }
    }

    @GetMapping("/api/intake/{id}")
    DraftJson draft(@PathVariable long id) {
        return DraftJson.of(intake.review(id));
    }

    @PostMapping("/api/intake/{id}/names")
    DraftJson mapName(@PathVariable long id, @RequestBody NameMapping mapping) {
        intake.mapName(id, mapping.printed(), mapping.target());
        return DraftJson.of(intake.review(id));
    }

    @PostMapping("/api/intake/{id}/confirm")
    ResponseEntity<Map<String, Object>> confirm(@PathVariable long id) {
        long planId = intake.confirm(id);
        return ResponseEntity.created(URI.create("/api/plans/" + planId))
                .body(Map.of("intakeId", id, "planId", planId));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
    }
}
