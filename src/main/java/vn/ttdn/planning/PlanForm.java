package vn.ttdn.planning;

import com.fasterxml.jackson.annotation.JsonSetter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The header of a plan as a user fills it in. */
public class PlanForm {
    @NotNull(message = "{plan.province.required}")
    private Long provinceId;
    @NotNull(message = "{plan.kind.required}")
    private PlanKind kind = PlanKind.PLAN;
    @Size(max = 100, message = "{field.tooLong}")
    private String number;
    @NotBlank(message = "{plan.title.required}")
    @Size(max = 1000, message = "{field.tooLong}")
    private String title;
    @Size(max = 300, message = "{field.tooLong}")
    private String issuerName;
    /** Set for an agency's own plan implementing a provincial one. */
    private Long ownerAgencyId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    @Size(max = 100, message = "{field.tooLong}")
    private String signerAuthority;
    @Size(max = 200, message = "{field.tooLong}")
    private String signerTitle;
    @Size(max = 200, message = "{field.tooLong}")
    private String signerName;
    @NotNull(message = "{plan.year.required}")
    @Min(value = 2000, message = "{plan.year.range}")
    @Max(value = 2100, message = "{plan.year.range}")
    private Integer year;
    private Long parentPlanId;
    @Size(max = 5000, message = "{field.tooLong}")
    private String budgetNote;
    /** Legal basis, one cited document per line, as printed. */
    @Size(max = 10000, message = "{field.tooLong}")
    private String legalBasis;
    @NotNull(groups = vn.ttdn.common.Updating.class, message = "{version.required}")
    private Long version;

    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public PlanKind getKind() { return kind; }
    public void setKind(PlanKind kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIssuerName() { return issuerName; }
    public void setIssuerName(String issuerName) { this.issuerName = issuerName; }
    public Long getOwnerAgencyId() { return ownerAgencyId; }
    public void setOwnerAgencyId(Long ownerAgencyId) { this.ownerAgencyId = ownerAgencyId; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getSignerAuthority() { return signerAuthority; }
    public void setSignerAuthority(String signerAuthority) { this.signerAuthority = signerAuthority; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getParentPlanId() { return parentPlanId; }
    public void setParentPlanId(Long parentPlanId) { this.parentPlanId = parentPlanId; }
    public String getBudgetNote() { return budgetNote; }
    public void setBudgetNote(String budgetNote) { this.budgetNote = budgetNote; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }

    /**
     * JSON clients send back what they read: the legal basis as PlanView's list of citations (their printed text
     * is what the plan cites), or as lines like the form.
     */
    @JsonSetter("legalBasis")
    void legalBasisFromJson(Object value) {
        this.legalBasis = vn.ttdn.common.JsonLines.of(value, "printed", "subject");
    }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
