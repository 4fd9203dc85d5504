package vn.ttdn.legal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ttdn.common.ListQuery;
import vn.ttdn.legal.LegalRegistry;

/** The citation graph as pages: documents cited by plans, and each document's citations both ways. */
@Controller
class DocumentPages {

    private final LegalRegistry registry;

    DocumentPages(LegalRegistry registry) {
        this.registry = registry;
    }

    /** The list's parameters, bound from the query string. */
    record DocumentListParams(String q, String sort, String dir, Integer page) {
        ListQuery query() {
            return ListQuery.of(q, sort, dir, page, 25);
        }
    }

    @GetMapping("/documents")
    String list(@ModelAttribute DocumentListParams params, Model model) {
        model.addAttribute("documents", registry.documents(params.query()));
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
                .orElseThrow(() -> new vn.ttdn.common.NotFoundException("documents.what"));
    }
}
