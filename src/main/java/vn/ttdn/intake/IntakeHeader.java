package vn.ttdn.intake;

import java.time.LocalDate;
import vn.ttdn.planning.PlanKind;

/** The header fields a reviewer may correct before confirming. */
public record IntakeHeader(PlanKind kind, String number, String title, LocalDate issuedOn, Integer year) {
}
