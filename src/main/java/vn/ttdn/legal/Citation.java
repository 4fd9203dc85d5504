package vn.ttdn.legal;

import java.time.LocalDate;
import vn.ttdn.common.TextFolding;

/**
 * One mention of a document in a text: "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về …".
 * Offsets are into the text that was searched; fields the text does not give are null.
 *
 * @param kind    the kind as printed before the number ("Nghị định", "Văn bản"), else the kind the symbol implies
 * @param number  the parsed number (its {@code printed()} is the number as it appeared); null for a document cited
 *                by name ("Luật Báo chí ngày 05 tháng 4 năm 2016"), whose name is then the subject
 * @param printed the whole citation as printed, from the kind word to the end of the date or number
 * @param date    the date that follows ("ngày 07/9/2015", "ngày 15 tháng 6 năm 2023")
 * @param issuer  the issuing body after "của" ("Chính phủ", "Bộ Thông tin và Truyền thông")
 * @param subject what the document is about, after "về"/"về việc" or the verb that follows the issuer
 */
public record Citation(String kind, DocumentNumber number, String printed, LocalDate date, String issuer,
                       String subject, int start, int end) {

    /** Same document as another citation (by number, else by kind, issuer, date and name). */
    public boolean sameDocumentAs(Citation other) {
        return key().equals(other.key());
    }

    /** The number's key; for a document without one, its kind, issuer, date and name folded, so laws stay apart. */
    public String key() {
        return number != null ? number.key() : namedKey(kind, issuer, date, subject);
    }

    /** The key of a document cited without a number; "~" keeps it apart from every number's key. */
    public static String namedKey(String kind, String issuer, LocalDate date, String subject) {
        // Laws are the legislature's: an issuer printed or not is the same law.
        boolean law = "Luật".equals(kind) || "Pháp lệnh".equals(kind) || "Hiến pháp".equals(kind);
        String key = "~" + TextFolding.fold(kind) + "|" + (law ? "" : TextFolding.fold(issuer)) + "|"
                + (date == null ? "" : date)
                + "|" + TextFolding.fold(subject);
        return key.length() <= 600 ? key : key.substring(0, 600);
    }
}
