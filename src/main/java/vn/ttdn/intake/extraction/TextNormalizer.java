package vn.ttdn.intake.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans extracted text so the extractor sees one paragraph per line: Unicode NFC, ordinary spaces, no
 * page-break debris (page numbers, "(Chữ ký)"), no web-page noise, syllables that PDF extraction
 * split joined back, and lines broken mid-sentence joined. Tabs are kept: they separate table cells.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(withoutEntities(text), Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>();
        for (String raw : nfc.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = SyllableRepair.repair(cleanSpaces(raw));
            lines.add(PageDebris.isDebris(line) ? "" : line);
        }
        lines = WebNoise.strip(lines);
        lines = LineJoiner.join(lines);
        return collapseBlankLines(lines);
    }

    /**
     * A web copy may keep HTML character references ("&nbsp;", "&amp;", "&#7871;"): they are read as the
     * characters they stand for. Anything else with "&" is left as printed.
     */
    static String withoutEntities(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        while (amp >= 0) {
            int semi = text.indexOf(';', amp);
            String decoded = semi > amp && semi - amp <= 9 ? entity(text.substring(amp + 1, semi)) : null;
            if (decoded != null) {
                sb.append(text, from, amp).append(decoded);
                from = semi + 1;
            }
            amp = text.indexOf('&', decoded != null ? from : amp + 1);
        }
        return sb.append(text, from, text.length()).toString();
    }

    private static String entity(String name) {
        String named = switch (name) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "lt" -> "<";
            case "gt" -> ">";
            default -> null;
        };
        if (named != null || name.length() < 2 || name.charAt(0) != '#') {
            return named;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        try {
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code > 0 ? new String(Character.toChars(code)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Unifies spaces, drops invisible characters and Markdown bold marks; keeps inner tabs. */
    static String cleanSpaces(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u200C' || c == '\u200D') {
                continue;
            }
            if (c == '*' && i + 1 < raw.length() && raw.charAt(i + 1) == '*') {
                i++;
                continue;
            }
            if (c == '\t') {
                trimTrailingSpace(sb);
                sb.append('\t');
                space = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }

    private static void trimTrailingSpace(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static String collapseBlankLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean lastBlank = true;
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (blank && lastBlank) {
                continue;
            }
            sb.append(blank ? "" : line).append('\n');
            lastBlank = blank;
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '\n') {
            end--;
        }
        return sb.substring(0, end);
    }
}
