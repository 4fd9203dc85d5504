package vn.ttdn.intake.extraction;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The two 8-bit Vietnamese encodings old documents use, converted to Unicode.
 * <ul>
 * <li>TCVN3 (ABC, fonts ".VnTime"): one byte per letter; toned capitals live in separate fonts and come out
 * as small letters, which cannot be undone.</li>
 * <li>VNI (fonts "VNI-Times"): a Latin letter followed by a byte for its marks ("Vieät" = "Việt").</li>
 * </ul>
 * Bytes are read as ISO-8859-1 first; text that came through a word processor with such fonts has the same
 * characters, so {@link #convert(String, Kind)} works on both.
 */
final class LegacyVietnameseEncoding {

    enum Kind { TCVN3, VNI }

    private static final char ACUTE = '\u0301';
    private static final char GRAVE = '\u0300';
    private static final char HOOK = '\u0309';
    private static final char TILDE = '\u0303';
    private static final char DOT = '\u0323';
    private static final char[] TONES = {ACUTE, GRAVE, HOOK, TILDE, DOT};

    private static final Map<Character, Character> TCVN3 = new HashMap<>();
    /** VNI: mark character (lower case) → {shape mark or 0, tone mark or 0}. */
    private static final Map<Character, char[]> VNI_MARKS = new HashMap<>();
    private static final Map<Character, Character> VNI_SINGLE = new HashMap<>();

    static {
        tcvn3Vowel('a', 'a', 0xB8, 0xB5, 0xB6, 0xB7, 0xB9);
        tcvn3Vowel('ă', 0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6);
        tcvn3Vowel('â', 0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB);
        tcvn3Vowel('e', 'e', 0xD0, 0xCC, 0xCE, 0xCF, 0xD1);
        tcvn3Vowel('ê', 0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6);
        tcvn3Vowel('o', 'o', 0xE3, 0xDF, 0xE1, 0xE2, 0xE4);
        tcvn3Vowel('ô', 0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9);
        tcvn3Vowel('ơ', 0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE);
        tcvn3Vowel('u', 'u', 0xF3, 0xEF, 0xF1, 0xF2, 0xF4);
        tcvn3Vowel('ư', 0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9);
        tcvn3Vowel('i', 'i', 0xDD, 0xD7, 0xD8, 0xDC, 0xDE);
        tcvn3Vowel('y', 'y', 0xFD, 0xFA, 0xFB, 0xFC, 0xFE);
        String upper = "ĂÂÊÔƠƯĐ";
        for (int k = 0; k < upper.length(); k++) {
            TCVN3.put((char) (0xA1 + k), upper.charAt(k));
        }
        TCVN3.put((char) 0xAE, 'đ');

        vniMark('ù', 0, ACUTE);
        vniMark('ø', 0, GRAVE);
        vniMark('û', 0, HOOK);
        vniMark('õ', 0, TILDE);
        vniMark('ï', 0, DOT);
        vniMark('â', '\u0302', 0);
        vniMark('á', '\u0302', ACUTE);
        vniMark('à', '\u0302', GRAVE);
        vniMark('å', '\u0302', HOOK);
        vniMark('ã', '\u0302', TILDE);
        vniMark('ä', '\u0302', DOT);
        vniMark('ê', '\u0306', 0);
        vniMark('é', '\u0306', ACUTE);
        vniMark('è', '\u0306', GRAVE);
        vniMark('ú', '\u0306', HOOK);
        vniMark('ü', '\u0306', TILDE);
        vniMark('ë', '\u0306', DOT);
        String singles = "íìæóòîñôö";
        String values = "íìỉĩịỵđơư";
        for (int k = 0; k < singles.length(); k++) {
            VNI_SINGLE.put(singles.charAt(k), values.charAt(k));
        }
    }

    private LegacyVietnameseEncoding() {
    }

    private static void tcvn3Vowel(char vowel, int code, int... toned) {
        if (code != vowel) {
            TCVN3.put((char) code, vowel);
        }
        for (int k = 0; k < 5; k++) {
            TCVN3.put((char) toned[k], compose(vowel, (char) 0, TONES[k]));
        }
    }

    private static void vniMark(char mark, int shape, int tone) {
        VNI_MARKS.put(mark, new char[] {(char) shape, (char) tone});
    }

    static String decode(byte[] bytes, Kind kind) {
        return convert(new String(bytes, StandardCharsets.ISO_8859_1), kind);
    }

    static String convert(String latin1Text, Kind kind) {
        return kind == Kind.TCVN3 ? fromTcvn3(latin1Text) : fromVni(latin1Text);
    }

    private static String fromTcvn3(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 0xA0 && c <= 0xFF ? TCVN3.getOrDefault(c, c) : c);
        }
        return out.toString();
    }

    private static String fromVni(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean upper = c != lower;
            char next = i + 1 < s.length() ? Character.toLowerCase(s.charAt(i + 1)) : 0;
            char base = VNI_SINGLE.getOrDefault(lower, lower);
            char[] marks = VNI_MARKS.get(next);
            if (marks != null && takesMarks(base, marks)) {
                char composed = compose(base, marks[0], marks[1]);
                out.append(upper ? Character.toUpperCase(composed) : composed);
                i++;
            } else if (VNI_SINGLE.containsKey(lower)) {
                out.append(upper ? Character.toUpperCase(base) : base);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Circumflex goes on a, e, o; breve on a; tones on any vowel. */
    private static boolean takesMarks(char base, char[] marks) {
        if (marks[0] == '\u0302') {
            return base == 'a' || base == 'e' || base == 'o';
        }
        if (marks[0] == '\u0306') {
            return base == 'a';
        }
        return "aeiouyơư".indexOf(base) >= 0;
    }

    private static char compose(char base, char shape, char tone) {
        StringBuilder sb = new StringBuilder().append(base);
        if (shape != 0) {
            sb.append(shape);
        }
        if (tone != 0) {
            sb.append(tone);
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC).charAt(0);
    }
}
