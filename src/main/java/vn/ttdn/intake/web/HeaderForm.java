package vn.ttdn.intake.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ttdn.intake.IntakeHeader;
import vn.ttdn.planning.PlanKind;

/** The header fields of a draft as the review form edits them. */
public class HeaderForm {

    private PlanKind kind = PlanKind.PLAN;
    private String number;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    private Integer year;
    private long version;

    static HeaderForm of(IntakeHeader h, long version) {
        HeaderForm f = new HeaderForm();
        f.kind = h.kind();
        f.number = h.number();
        f.title = h.title();
        f.issuedOn = h.issuedOn();
        f.year = h.year();
        f.version = version;
        return f;
    }

    IntakeHeader header() {
        return new IntakeHeader(kind, number, title, issuedOn, year);
    }

    public PlanKind getKind() { return kind; }

    public void setKind(PlanKind kind) { this.kind = kind; }

    public String getNumber() { return number; }

    public void setNumber(String number) { this.number = number; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public LocalDate getIssuedOn() { return issuedOn; }

    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }

    public Integer getYear() { return year; }

    public void setYear(Integer year) { this.year = year; }

    public long getVersion() { return version; }

    public void setVersion(long version) { this.version = version; }
}
