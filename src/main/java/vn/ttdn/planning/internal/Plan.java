package vn.ttdn.planning.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdn.common.TextFolding;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanKind;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.changes.ProvinceData;

@Entity
class Plan implements ProvinceData {
    @Override
    public Long provinceId() {
        return provinceId;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long provinceId;
    @Enumerated(EnumType.STRING)
    PlanKind kind;
    String number;
    String title;
    String issuerName;
    Long ownerAgencyId;
    LocalDate issuedOn;
    String signerAuthority;
    String signerTitle;
    String signerName;
    int year;
    @Enumerated(EnumType.STRING)
    PlanStatus status = PlanStatus.DRAFT;
    Long parentPlanId;
    String budgetNote;
    boolean sample;
    boolean archived;
    String searchText = "";
    @Version
    long version;
    OffsetDateTime createdAt = OffsetDateTime.now();
    String createdBy;
    OffsetDateTime updatedAt = OffsetDateTime.now();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    List<PlanCitation> legalBasis = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    List<PlanSection> sections = new ArrayList<>();

    void apply(PlanForm form) {
        provinceId = form.getProvinceId();
        kind = form.getKind();
        number = blankToNull(form.getNumber());
        title = form.getTitle().strip();
        issuerName = blankToNull(form.getIssuerName());
        ownerAgencyId = form.getOwnerAgencyId();
        issuedOn = form.getIssuedOn();
        signerAuthority = blankToNull(form.getSignerAuthority());
        signerTitle = blankToNull(form.getSignerTitle());
        signerName = blankToNull(form.getSignerName());
        year = form.getYear();
        parentPlanId = form.getParentPlanId();
        budgetNote = blankToNull(form.getBudgetNote());
        touch();
    }

    void touch() {
        updatedAt = OffsetDateTime.now();
        searchText = TextFolding.foldAll(number, title, issuerName, signerName, String.valueOf(year));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("number", number);
        m.put("title", title);
        m.put("issuer", issuerName);
        m.put("issuedOn", issuedOn == null ? null : issuedOn.toString());
        m.put("signer", signerName);
        m.put("year", year);
        m.put("status", status);
        m.put("parentPlanId", parentPlanId);
        m.put("ownerAgencyId", ownerAgencyId);
        m.put("archived", archived);
        return m;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
