package vn.ttdn.legal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An edge of the graph: one document cites another. */
@Entity
class LegalCitation {
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
