package vn.ttdn.legal;

import java.time.LocalDate;

/** A row of the documents list. {@code provinceName} is null for a central document. */
public record LegalDocumentSummary(long id, String number, String kind, String issuer, LocalDate issuedOn,
                                   String subject, String provinceName, long citedByCount, boolean inTtdn) {
}
