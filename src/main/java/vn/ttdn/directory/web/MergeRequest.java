package vn.ttdn.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Agencies that merge into another from a date. Forms type the date as dd/MM/yyyy, JSON as yyyy-MM-dd. */
@Schema(description = "Sáp nhập các đơn vị vào một đơn vị kế thừa")
public class MergeRequest {
    @NotEmpty(message = "{reorg.predecessors.required}")
    private List<Long> predecessorIds = new ArrayList<>();
    @NotNull(message = "{reorg.successor.required}")
    private Long successorId;
    @NotNull(message = "{reorg.effectiveOn.required}")
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate effectiveOn;
    @Size(max = 500, message = "{field.tooLong}")
    private String note;

    public List<Long> getPredecessorIds() { return predecessorIds; }
    public void setPredecessorIds(List<Long> predecessorIds) { this.predecessorIds = predecessorIds; }
    public Long getSuccessorId() { return successorId; }
    public void setSuccessorId(Long successorId) { this.successorId = successorId; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
