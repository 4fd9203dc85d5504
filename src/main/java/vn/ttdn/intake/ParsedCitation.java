package vn.ttdn.intake;

import java.time.LocalDate;

/**
 * A document cited by the plan.
 *
 * @param number        canonical number and symbol ("72/2015/NĐ-CP"), where the print leaves no doubt; else as
 *                      printed; null for a document cited by name ("Luật Báo chí ngày 05 tháng 4 năm 2016")
 * @param printed       the citation as printed ("Nghị định số 72/2015/NĐ- CP ngày 07/9/2015")
 * @param printedNumber the number exactly as printed ("72/2015/NĐ- CP", "152019/TT-BTTTT"); null without a number
 */
public record ParsedCitation(String kind, String number, String printed, LocalDate date, String issuer,
                             String subject, int lineFrom, int lineTo, String printedNumber) {

    /** A citation whose printed number is not known apart from {@code printed}. */
    public ParsedCitation(String kind, String number, String printed, LocalDate date, String issuer,
                          String subject, int lineFrom, int lineTo) {
        this(kind, number, printed, date, issuer, subject, lineFrom, lineTo, null);
    }
}
