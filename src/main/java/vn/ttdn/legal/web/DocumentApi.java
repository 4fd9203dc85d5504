package vn.ttdn.legal.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

    @GetMapping("/api/documents")
    PageResult<LegalDocumentSummary> list(@RequestParam(required = false) String q,
                                          @RequestParam(required = false) String sort,
                                          @RequestParam(required = false) String dir,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return registry.documents(ListQuery.of(q, sort, dir, page, size));
    }

    /** A document with {@code cites} and {@code citedBy}, each end with the plans of TTĐN that are it. */
    @GetMapping("/api/documents/{id}")
    LegalDocumentView document(@PathVariable long id) {
        return registry.document(id);
    }
}
