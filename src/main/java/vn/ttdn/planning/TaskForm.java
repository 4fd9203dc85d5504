package vn.ttdn.planning;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A task as a user fills it in. Lead and coordinating agencies are references "A:12" (agency) or "G:3" (group).
 */
public class TaskForm {
    private Long sectionId;
    @Size(max = 30, message = "{field.tooLong}")
    private String ref;
    @NotBlank(message = "{task.content.required}")
    @Size(max = 10000, message = "{field.tooLong}")
    private String content;
    private List<String> lead = new ArrayList<>();
    private List<String> coordinating = new ArrayList<>();
    @NotNull(message = "{task.timeframe.required}")
    private Timeframe.Kind timeframeKind = Timeframe.Kind.UNSPECIFIED;
    @Size(max = 300, message = "{field.tooLong}")
    private String timeframeText;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;
    @Size(max = 5000, message = "{field.tooLong}")
    private String expectedOutput;
    @DecimalMin(value = "0", message = "{task.budget.negative}")
    private BigDecimal budgetEstimate;
    private Long version;

    public Long getSectionId() { return sectionId; }
    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public List<String> getLead() { return lead; }
    public void setLead(List<String> lead) { this.lead = lead; }
    public List<String> getCoordinating() { return coordinating; }
    public void setCoordinating(List<String> coordinating) { this.coordinating = coordinating; }
    public Timeframe.Kind getTimeframeKind() { return timeframeKind; }
    public void setTimeframeKind(Timeframe.Kind timeframeKind) { this.timeframeKind = timeframeKind; }
    public String getTimeframeText() { return timeframeText; }
    public void setTimeframeText(String timeframeText) { this.timeframeText = timeframeText; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public String getExpectedOutput() { return expectedOutput; }
    public void setExpectedOutput(String expectedOutput) { this.expectedOutput = expectedOutput; }
    public BigDecimal getBudgetEstimate() { return budgetEstimate; }
    public void setBudgetEstimate(BigDecimal budgetEstimate) { this.budgetEstimate = budgetEstimate; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
