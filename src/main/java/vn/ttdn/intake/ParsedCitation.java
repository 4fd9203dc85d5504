package vn.ttdn.intake;

import java.time.LocalDate;

/**
 * A document cited by the plan.
 *
 * @param number  canonical number and symbol ("72/2015/NĐ-CP")
 * @param printed the citation as printed ("Nghị định số 72/2015/NĐ- CP ngày 07/9/2015")
 */
public record ParsedCitation(String kind, String number, String printed, LocalDate date, String issuer,
                             String subject, int lineFrom, int lineTo) {
}
