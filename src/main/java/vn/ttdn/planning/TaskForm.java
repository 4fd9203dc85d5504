package vn.ttdn.planning;

import com.fasterxml.jackson.annotation.JsonSetter;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    @NotNull(groups = vn.ttdn.common.Updating.class, message = "{version.required}")
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
    /** JSON clients send back what they read: lead agencies as TaskView's assignments, or as references. */
    @JsonSetter("lead")
    void leadFromJson(List<Object> items) {
        this.lead = items == null ? null : references(items);
    }

    @JsonSetter("coordinating")
    void coordinatingFromJson(List<Object> items) {
        this.coordinating = items == null ? null : references(items);
    }

    /** TaskView's timeframe, as one object: its kind, printed text and dates fill the form's four fields. */
    @JsonSetter("timeframe")
    void timeframeFromJson(Timeframe timeframe) {
        if (timeframe != null) {
            timeframeKind = timeframe.kind();
            timeframeText = timeframe.text();
            startDate = timeframe.start();
            dueDate = timeframe.end();
        }
    }

    /**
     * "A:12" and "G:3" as they are; an assignment object by its agency or group. One resolved to neither (a name
     * as printed, not yet matched) has no reference and is left out, as the edit form leaves it out.
     */
    private static List<String> references(List<Object> items) {
        List<String> refs = new ArrayList<>();
        for (Object item : items == null ? List.of() : items) {
            if (item instanceof Map<?, ?> assignment) {
                if (assignment.get("agencyId") != null) {
                    refs.add("A:" + assignment.get("agencyId"));
                } else if (assignment.get("groupId") != null) {
                    refs.add("G:" + assignment.get("groupId"));
                }
            } else if (item != null) {
                refs.add(item.toString());
            }
        }
        return refs;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
