package vn.ttdn.intake.extraction;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The "1.", "a)", "II." that Word generates from numbering.xml rather than storing in the text. Counters run per
 * list (w:num) and level, a deeper level restarting when a shallower one advances, a level override restarting the
 * list where it says; bullets come out as "-", which is how typed plans write them.
 */
final class WordNumbering {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label Word prints before this paragraph ("2.", "b)", "-"), or "" when it is not numbered. */
    String label(XWPFParagraph p) {
        try {
            return labelOrThrow(p);
        } catch (RuntimeException e) {
            return ""; // a broken numbering part costs the labels, not the document
        }
    }

    private String labelOrThrow(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numbering == null || numId == null || numId.signum() == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        int ilvl = p.getNumIlvl() == null ? 0 : Math.min(LEVELS - 1, Math.max(0, p.getNumIlvl().intValue()));
        CTLvl[] lvls = abs == null ? new CTLvl[0] : abs.getCTAbstractNum().getLvlArray();
        CTLvl lvl = level(lvls, ilvl);
        if (lvl == null) {
            return "";
        }
        int[] c = counters.computeIfAbsent(numId, k -> start(num, lvls));
        c[ilvl]++;
        for (int k = ilvl + 1; k < LEVELS; k++) {
            c[k] = startOf(num, level(lvls, k), k) - 1;
        }
        String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if ("bullet".equals(format) || "none".equals(format)) {
            return "bullet".equals(format) ? "-" : "";
        }
        String text = lvl.getLvlText() == null ? "%" + (ilvl + 1) + "." : lvl.getLvlText().getVal();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(++i) - '1';
                CTLvl of = level(lvls, k);
                String f = of == null || of.getNumFmt() == null ? "decimal" : of.getNumFmt().getVal().toString();
                sb.append(format(c[k], lvl.isSetIsLgl() ? "decimal" : f));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString().strip();
    }

    private static CTLvl level(CTLvl[] lvls, int ilvl) {
        for (CTLvl l : lvls) {
            if (l.getIlvl() != null && l.getIlvl().intValue() == ilvl) {
                return l;
            }
        }
        return null;
    }

    private static int[] start(XWPFNum num, CTLvl[] lvls) {
        int[] c = new int[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            c[k] = startOf(num, level(lvls, k), k) - 1;
        }
        return c;
    }

    private static int startOf(XWPFNum num, CTLvl lvl, int ilvl) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == ilvl && o.getStartOverride() != null) {
                return o.getStartOverride().getVal().intValue();
            }
        }
        return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    static String format(int n, String fmt) {
        return switch (fmt) {
            case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            default -> String.valueOf(n);
        };
    }

    /** Word's letters: a … z, then aa, bb … */
    private static String letters(int n) {
        if (n <= 0) {
            return "";
        }
        char ch = (char) ('A' + (n - 1) % 26);
        return String.valueOf(ch).repeat(Math.min(10, (n - 1) / 26 + 1));
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            for (; n >= v[i]; n -= v[i]) {
                sb.append(s[i]);
            }
        }
        return sb.toString();
    }
}
