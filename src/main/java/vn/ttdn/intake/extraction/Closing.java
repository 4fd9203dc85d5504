package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ttdn.intake.ParsedSigner;

/**
 * The end of a document: "Nơi nhận:" with its list, and the signature block (authority "KT. CHỦ TỊCH",
 * title "PHÓ CHỦ TỊCH", name). Table layouts that put both side by side come as tab-separated cells.
 */
public final class Closing {

    private static final String[] AUTHORITIES = {"TM.", "KT.", "Q.", "TL.", "TUQ.", "T/M", "K/T", "T.M.", "K.T."};

    private Closing() {
    }

    /** Index of the first line after the body ("Trên đây là …", "Nơi nhận:", a signature), or size. */
    public static int bodyEnd(List<String> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("Trên đây là") || t.startsWith("Nơi nhận") || isAuthority(firstCell(t))) {
                return i;
            }
        }
        return lines.size();
    }

    public static List<String> recipients(List<String> lines, int from) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = Math.max(0, from); i < lines.size() && start < 0; i++) {
            if (firstCell(lines.get(i).strip()).startsWith("Nơi nhận")) {
                start = i;
            }
        }
        if (start < 0) {
            return out;
        }
        String inline = firstCell(lines.get(start).strip()).replaceFirst("^Nơi nhận\\s*:?", "").strip();
        addRecipient(out, inline);
        for (int i = start + 1; i < lines.size(); i++) {
            String cell = firstCell(lines.get(i).strip());
            if (cell.isEmpty()) {
                continue;
            }
            if (!(cell.startsWith("-") || cell.startsWith("+") || cell.startsWith("•"))) {
                break;
            }
            addRecipient(out, cell.substring(1));
        }
        return out;
    }

    private static void addRecipient(List<String> out, String raw) {
        String r = raw.strip();
        while (!r.isEmpty() && (r.endsWith(";") || r.endsWith(".") || r.endsWith(","))) {
            r = r.substring(0, r.length() - 1).strip();
        }
        if (!r.isEmpty()) {
            out.add(r);
        }
    }

    /** The signature block in the lines from {@code from}; null when none is printed. */
    public static ParsedSigner signer(List<String> lines, int from) {
        List<String> cells = new ArrayList<>();
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            for (String c : lines.get(i).split("\t")) {
                String t = c.strip();
                if (!t.isEmpty() && !t.startsWith("-") && !t.startsWith("Nơi nhận")) {
                    cells.add(t);
                }
            }
        }
        int a = -1;
        for (int k = 0; k < cells.size() && a < 0; k++) {
            if (isAuthority(cells.get(k))) {
                a = k;
            }
        }
        if (a < 0) {
            return null;
        }
        List<String> authority = new ArrayList<>();
        int k = a;
        while (k < cells.size() && isAuthority(cells.get(k))) {
            authority.add(cells.get(k++));
        }
        String title = k < cells.size() && HeaderExtractor.isUpperCaseLine(cells.get(k)) ? cells.get(k++) : null;
        String name = k < cells.size() && looksLikeName(cells.get(k)) ? cells.get(k) : null;
        return new ParsedSigner(String.join(" ", authority), title, name);
    }

    static boolean isAuthority(String t) {
        String u = t.toUpperCase(Locale.ROOT);
        for (String a : AUTHORITIES) {
            if (u.startsWith(a) && t.length() < 80 && HeaderExtractor.isUpperCaseLine(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeName(String t) {
        String[] words = t.split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String firstCell(String t) {
        int tab = t.indexOf('\t');
        return tab < 0 ? t : t.substring(0, tab).strip();
    }
}
