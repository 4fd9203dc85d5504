package vn.ttdn.legal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import vn.ttdn.changes.ProvinceData;

/** An edge of the graph: one document cites another. */
@Entity
class LegalCitation implements ProvinceData {
    @Override
    public Long provinceId() {
        return null; // legal documents are shared by every province
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long citingId;
    long citedId;
    String printed;

    LegalCitation() {
    }

    LegalCitation(long citingId, long citedId, String printed) {
        this.citingId = citingId;
        this.citedId = citedId;
        this.printed = LegalDocument.cut(printed, 200);
    }
}
