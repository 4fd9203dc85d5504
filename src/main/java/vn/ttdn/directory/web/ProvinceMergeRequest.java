package vn.ttdn.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A province that merges into another from a date. */
@Schema(description = "Hợp nhất một tỉnh vào tỉnh khác")
public class ProvinceMergeRequest {
    @NotNull(message = "{reorg.province.required}")
    private Long predecessorId;
    @NotNull(message = "{reorg.successorProvince.required}")
    private Long successorId;
    @NotNull(message = "{reorg.effectiveOn.required}")
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate effectiveOn;

    public Long getPredecessorId() { return predecessorId; }
    public void setPredecessorId(Long predecessorId) { this.predecessorId = predecessorId; }
    public Long getSuccessorId() { return successorId; }
    public void setSuccessorId(Long successorId) { this.successorId = successorId; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
}
