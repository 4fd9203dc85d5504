package vn.ttdn.legal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ttdn.common.TextFolding;
import vn.ttdn.changes.ProvinceData;

/**
 * A node of the citation graph: a document known by its number, a document cited only by name (a law and its date:
 * {@code nameKey}, number null), or a plan of TTĐN that has neither.
 */
@Entity
class LegalDocument implements ProvinceData {
    @Override
    public Long provinceId() {
        return null; // legal documents are shared by every province
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String numberKey;
    String nameKey;
    String number;
    Long scopeProvinceId;
    String kind;
    String issuer;
    LocalDate issuedOn;
    String subject;
    String searchText = "";
    OffsetDateTime createdAt = OffsetDateTime.now();
    OffsetDateTime updatedAt = OffsetDateTime.now();
    @Version
    long version;

    /** Fills what is still unknown; what a document was first seen with stays (a later citation may abbreviate). */
    void learn(String kind, String issuer, LocalDate issuedOn, String subject) {
        this.kind = this.kind == null ? cut(kind, 60) : this.kind;
        this.issuer = this.issuer == null ? cut(issuer, 300) : this.issuer;
        this.issuedOn = this.issuedOn == null ? issuedOn : this.issuedOn;
        this.subject = this.subject == null ? cut(subject, 1000) : this.subject;
        touch();
    }

    void touch() {
        searchText = TextFolding.foldAll(number, kind, issuer, subject);
        updatedAt = OffsetDateTime.now();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("kind", kind);
        m.put("issuer", issuer);
        m.put("issuedOn", issuedOn == null ? null : issuedOn.toString());
        m.put("subject", subject);
        m.put("scopeProvinceId", scopeProvinceId);
        return m;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
