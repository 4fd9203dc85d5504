package vn.ttdn.legal;

import java.time.LocalDate;

/**
 * One mention of a document in a text: "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về …".
 * Offsets are into the text that was searched; fields the text does not give are null.
 *
 * @param kind    the kind as printed before the number ("Nghị định", "Văn bản"), else the kind the symbol implies
 * @param number  the parsed number (its {@code printed()} is the number as it appeared)
 * @param printed the whole citation as printed, from the kind word to the end of the date or number
 * @param date    the date that follows ("ngày 07/9/2015", "ngày 15 tháng 6 năm 2023")
 * @param issuer  the issuing body after "của" ("Chính phủ", "Bộ Thông tin và Truyền thông")
 * @param subject what the document is about, after "về"/"về việc" or the verb that follows the issuer
 */
public record Citation(String kind, DocumentNumber number, String printed, LocalDate date, String issuer,
                       String subject, int start, int end) {

    /** Same document as another citation (by number). */
    public boolean sameDocumentAs(Citation other) {
        return number.key().equals(other.number.key());
    }
}
