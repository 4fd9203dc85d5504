package vn.ttdn.common;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Whether uploaded bytes are a web page, an SVG image or another XML document, whatever the file is called. A
 * browser or viewer may run such a file as markup (scripts included), so no module accepts one as a document.
 * Plain text that merely contains a few {@code <} is not markup; a file holding a {@code <script} tag anywhere is.
 */
public final class Markup {

    /** The tags a browser takes as the start of an HTML page (WHATWG MIME Sniffing), and SVG's and MathML's roots. */
    private static final Set<String> OPENING_TAGS = Set.of("html", "head", "body", "script", "iframe", "h1", "div",
            "font", "table", "a", "style", "title", "b", "br", "p", "meta", "link", "img", "object", "embed", "form",
            "svg", "math");

    private Markup() {
    }

    public static boolean isMarkup(byte[] content) {
        if (content == null || content.length == 0) {
            return false;
        }
        String text = decode(content).toLowerCase(Locale.ROOT);
        return opensAsMarkup(text) || hasTag(text, "script");
    }

    /** After white space, the first thing is a declaration, a comment, an XML prolog or an opening tag. */
    private static boolean opensAsMarkup(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u0000')) {
            i++;
        }
        if (text.startsWith("<!doctype", i) || text.startsWith("<!--", i) || text.startsWith("<?xml", i)) {
            return true;
        }
        int start = i;
        return OPENING_TAGS.stream()
                .anyMatch(tag -> text.startsWith("<" + tag, start) && ends(text, start + 1 + tag.length()));
    }

    /** {@code <name} followed by white space, {@code >} or {@code /}, anywhere. */
    private static boolean hasTag(String text, String name) {
        String open = "<" + name;
        for (int i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
            if (ends(text, i + open.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ends(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return Character.isWhitespace(c) || c == '>' || c == '/';
    }

    /**
     * UTF-16 (by its mark or its zero bytes), or else byte by byte: every other encoding a text file uses writes the
     * ASCII of a tag as ASCII bytes, so ISO-8859-1 finds a tag without guessing the rest.
     */
    static String decode(byte[] b) {
        int u = b.length >= 2 ? ((b[0] & 0xFF) << 8) | (b[1] & 0xFF) : 0;
        if (u == 0xFFFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (u == 0xFEFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 3 && u == 0xEFBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.ISO_8859_1);
        }
        Charset utf16 = utf16WithoutMark(b);
        return new String(b, utf16 != null ? utf16 : StandardCharsets.ISO_8859_1);
    }

    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 512) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        if (n < 4) {
            return null;
        }
        if (oddZeros > n / 4 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return evenZeros > n / 4 && oddZeros == 0 ? StandardCharsets.UTF_16BE : null;
    }
}
