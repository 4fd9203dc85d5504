package vn.ttdn.planning;

import java.time.LocalDate;

/** A document a plan cites as its legal basis. */
public record CitationView(String kind, String number, String printed, LocalDate date, String issuer, String subject) {
}
