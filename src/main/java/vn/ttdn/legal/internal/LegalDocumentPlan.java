package vn.ttdn.legal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A plan of TTĐN that is (a version of) a document of the graph. */
@Entity
class LegalDocumentPlan {
    @Id
    Long planId;
    long documentId;

    LegalDocumentPlan() {
    }

    LegalDocumentPlan(long planId, long documentId) {
        this.planId = planId;
        this.documentId = documentId;
    }
}
