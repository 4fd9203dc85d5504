package vn.ttdn.legal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ttdn.common.ListQuery;
import vn.ttdn.legal.LegalRegistry;

/** The citation graph as pages: documents cited by plans, and each document's citations both ways. */
@Controller
class DocumentController {

    private final LegalRegistry registry;

    DocumentController(LegalRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("documents", registry.documents(ListQuery.of(q, sort, dir, page, 25)));
        return "legal/documents";
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("document", registry.document(id));
        return "legal/document";
    }

    /** From a plan's page to its place in the graph. */
    @GetMapping("/documents/of-plan/{planId}")
    String ofPlan(@PathVariable long planId) {
        return registry.documentOfPlan(planId).map(id -> "redirect:/documents/" + id)
                .orElseThrow(() -> new vn.ttdn.common.NotFoundException("văn bản"));
    }
}
