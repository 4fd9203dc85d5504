package vn.ttdn.legal.web;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.legal.LegalDocumentSummary;
import vn.ttdn.legal.LegalDocumentView;
import vn.ttdn.legal.LegalRegistry;

/** The citation graph for API clients. */
@RestController
class DocumentApi {

    private final LegalRegistry registry;

    DocumentApi(LegalRegistry registry) {
        this.registry = registry;
    }

    /** The document list's query parameters. */
    record DocumentListParams(String q, String sort, String dir, Integer page, Integer size) {
    }

    @GetMapping("/api/documents")
    PageResult<LegalDocumentSummary> list(@ParameterObject @ModelAttribute DocumentListParams p) {
        return registry.documents(ListQuery.of(p.q(), p.sort(), p.dir(), p.page(), p.size()));
    }

    /** A document with {@code cites} and {@code citedBy}, each end with the plans of TTĐN that are it. */
    @GetMapping("/api/documents/{id}")
    LegalDocumentView document(@PathVariable long id) {
        return registry.document(id);
    }
}
