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
import vn.ttdn.planning.CitationView;
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
    /** Why the plan was last reopened after it closed, by whom and when; null if it never was. */
    String reopenReason;
    String reopenedBy;
    OffsetDateTime reopenedAt;
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

    /** For JPA. */
    protected Plan() {
    }

    /** The one way a plan comes to exist: as a draft of a province (and of an agency, if it is the agency's own). */
    Plan(long provinceId, Long ownerAgencyId, PlanHeader header, boolean sample, String createdBy) {
        this.provinceId = provinceId;
        this.ownerAgencyId = ownerAgencyId;
        this.sample = sample;
        this.createdBy = createdBy;
        revise(header);
    }

    /** A new heading; the province and the owner stay. */
    void revise(PlanHeader header) {
        kind = header.kind();
        number = header.number();
        title = header.title();
        issuerName = header.issuerName();
        issuedOn = header.issuedOn();
        signerAuthority = header.signerAuthority();
        signerTitle = header.signerTitle();
        signerName = header.signerName();
        year = header.year();
        parentPlanId = header.parentPlanId();
        budgetNote = header.budgetNote();
        touch();
    }

    PlanHeader header() {
        return new PlanHeader(kind, number, title, issuerName, issuedOn, signerAuthority, signerTitle, signerName,
                year, parentPlanId, budgetNote);
    }

    /** The legal basis replaced by these citations, in their order. */
    void citeAsLegalBasis(List<CitationView> citations) {
        legalBasis.clear();
        int position = 0;
        for (CitationView c : citations) {
            legalBasis.add(PlanCitation.of(position++, c));
        }
    }

    PlanSection addSection(String ref, String heading) {
        PlanSection section = new PlanSection();
        section.ref = ref;
        section.heading = heading;
        section.position = sections.size();
        sections.add(section);
        return section;
    }

    // ---- status: draft → issued → closed, and closed → issued again by a reopening with its reason ----

    /** A draft becomes the province's work; a plan without tasks has nothing to issue. */
    void issue(long activeTasks) {
        requireStatus(PlanStatus.DRAFT, "plan.transition.issueOnlyDraft");
        if (activeTasks == 0) {
            throw new vn.ttdn.common.UserFacingException("status", "plan.issue.noTasks");
        }
        status = PlanStatus.ISSUED;
        touch();
    }

    void close() {
        requireStatus(PlanStatus.ISSUED, "plan.transition.closeOnlyIssued");
        status = PlanStatus.CLOSED;
        touch();
    }

    /** A closed plan is issued again; why is kept and shown on the plan, so a reason is required. */
    void reopen(String reason, String by) {
        requireStatus(PlanStatus.CLOSED, "plan.transition.reopenOnlyClosed");
        if (reason == null || reason.isBlank()) {
            throw new PlanTransitionRefused("reason", "plan.transition.reasonRequired");
        }
        status = PlanStatus.ISSUED;
        reopenReason = reason.strip();
        reopenedBy = by;
        touch();
        reopenedAt = updatedAt;
    }

    /** Archiving is not a status: a plan in any status may be put away, and stays in it. */
    void archive() {
        archived = true;
        touch();
    }

    private void requireStatus(PlanStatus required, String key) {
        if (status != required) {
            throw new PlanTransitionRefused("status", key);
        }
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
