package vn.ttdn.intake.extraction;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A DOCX paragraph's text as printed: Word's generated number in front, and runs typed in a legacy font
 * (.VnTime… = TCVN3, VNI-… = VNI) decoded by that font, so a document mixing them with Unicode reads whole.
 */
final class DocxParagraphs {

    private final WordNumbering numbering;

    DocxParagraphs(WordNumbering numbering) {
        this.numbering = numbering;
    }

    String text(XWPFParagraph p) {
        String label = numbering.label(p);
        String body = hasLegacyFont(p) ? decodedRuns(p) : p.getText();
        return label.isEmpty() ? body : label + " " + body;
    }

    private static boolean hasLegacyFont(XWPFParagraph p) {
        for (XWPFRun r : p.getRuns()) {
            if (kind(font(r)) != null) {
                return true;
            }
        }
        return false;
    }

    private static String decodedRuns(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            String font = font(r);
            LegacyVietnameseEncoding.Kind kind = kind(font);
            String t = r.text();
            if (kind == null) {
                sb.append(t);
                continue;
            }
            String decoded = LegacyVietnameseEncoding.convert(t, kind);
            // ".VnTimeH", ".VnArialH": the capitals fonts, whose small-letter codes print as capitals
            sb.append(kind == LegacyVietnameseEncoding.Kind.TCVN3 && font.endsWith("H")
                    ? decoded.toUpperCase(Locale.ROOT) : decoded);
        }
        return sb.toString();
    }

    private static String font(XWPFRun r) {
        String f = r.getFontFamily(XWPFRun.FontCharRange.ascii);
        return f != null ? f : r.getFontFamily(XWPFRun.FontCharRange.hAnsi);
    }

    static LegacyVietnameseEncoding.Kind kind(String font) {
        if (font == null) {
            return null;
        }
        String f = font.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn")) {
            return LegacyVietnameseEncoding.Kind.TCVN3;
        }
        return f.startsWith("vni-") || f.startsWith("vni ") ? LegacyVietnameseEncoding.Kind.VNI : null;
    }
}
