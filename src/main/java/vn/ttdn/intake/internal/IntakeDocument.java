package vn.ttdn.intake.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ttdn.intake.IntakeFile;
import vn.ttdn.intake.IntakeHeader;
import vn.ttdn.intake.IntakeStatus;
import vn.ttdn.planning.PlanKind;
import vn.ttdn.changes.ProvinceData;

/** An uploaded plan document: its normalised text, the reviewer's corrections, and the plan it became. */
@Entity
class IntakeDocument implements ProvinceData {
    @Override
    public Long provinceId() {
        return provinceId;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long provinceId;
    String uploadedBy;
    OffsetDateTime uploadedAt = OffsetDateTime.now();
    String fileName;
    String contentType;
    String encoding;
    String sha256;
    long sizeBytes;
    String text;
    @Enumerated(EnumType.STRING)
    IntakeStatus status = IntakeStatus.REVIEW;
    @Enumerated(EnumType.STRING)
    PlanKind editedKind;
    String editedNumber;
    String editedTitle;
    LocalDate editedIssuedOn;
    Integer editedYear;
    Long planId;
    Long revisesPlanId;
    @Version
    long version;
    OffsetDateTime updatedAt = OffsetDateTime.now();

    /** The header as the reviewer left it: her corrections over what the document prints. */
    IntakeHeader header(IntakeHeader printed) {
        return new IntakeHeader(editedKind != null ? editedKind : printed.kind(),
                editedNumber != null ? editedNumber : printed.number(),
                editedTitle != null ? editedTitle : printed.title(),
                editedIssuedOn != null ? editedIssuedOn : printed.issuedOn(),
                editedYear != null ? editedYear : printed.year());
    }

    IntakeFile.Info info() {
        return new IntakeFile.Info(id, fileName, contentType, sizeBytes, sha256);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fileName", fileName);
        m.put("type", contentType);
        m.put("sha256", sha256);
        m.put("status", status);
        m.put("kind", editedKind);
        m.put("number", editedNumber);
        m.put("title", editedTitle);
        m.put("issuedOn", editedIssuedOn == null ? null : editedIssuedOn.toString());
        m.put("year", editedYear);
        m.put("planId", planId);
        m.put("revisesPlanId", revisesPlanId);
        return m;
    }

    void touch() {
        updatedAt = OffsetDateTime.now();
    }
}
