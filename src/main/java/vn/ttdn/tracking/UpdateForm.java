package vn.ttdn.tracking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ttdn.planning.TaskStatus;

/** What an officer reports on a task. */
public class UpdateForm {
    @NotNull(message = "{update.status.required}")
    private TaskStatus status = TaskStatus.IN_PROGRESS;
    @NotNull(message = "{update.percent.required}")
    @Min(value = 0, message = "{update.percent.range}")
    @Max(value = 100, message = "{update.percent.range}")
    private Integer percent;
    @NotBlank(message = "{update.narrative.required}")
    @Size(max = 10000, message = "{field.tooLong}")
    private String narrative;
    /** The agency reporting, for a user who could report for several; defaults to the user's own. */
    private Long agencyId;

    public TaskStatus getStatus() { return status; }
    public void setStatus(TaskStatus status) { this.status = status; }
    public Integer getPercent() { return percent; }
    public void setPercent(Integer percent) { this.percent = percent; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
}
