package vn.ttdn.legal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import vn.ttdn.changes.ProvinceData;

/** A plan of TTĐN that is (a version of) a document of the graph. */
@Entity
class LegalDocumentPlan implements ProvinceData {
    @Override
    public Long provinceId() {
        return null; // legal documents are shared by every province
    }

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
