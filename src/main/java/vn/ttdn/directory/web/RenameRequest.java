package vn.ttdn.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An agency that takes a new name from a date: a new record carries the name, the old one keeps its history. */
@Schema(description = "Đổi tên một đơn vị từ một ngày")
public class RenameRequest {
    @NotNull(message = "{reorg.agency.required}")
    private Long agencyId;
    @NotBlank(message = "{reorg.fullName.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String fullName;
    @Size(max = 100, message = "{field.tooLong}")
    private String shortName;
    @NotNull(message = "{reorg.effectiveOn.required}")
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate effectiveOn;
    @Size(max = 500, message = "{field.tooLong}")
    private String note;

    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
