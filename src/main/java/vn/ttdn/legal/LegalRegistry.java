package vn.ttdn.legal;

import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/**
 * The citation graph: every document TTĐN's plans cite, linked to the plan that is that document when TTĐN has
 * it. Plans the signed-in user may not read are left out of every answer.
 */
public interface LegalRegistry {

    PageResult<LegalDocumentSummary> documents(ListQuery query);

    /** A document with what it cites and what cites it. */
    LegalDocumentView document(long id);

    /** The node of a plan in the graph, if the plan has been recorded. */
    java.util.Optional<Long> documentOfPlan(long planId);
}
