package vn.ttdn.intake.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a plain-text file into text: byte-order marks, UTF-16 without a mark, strict UTF-8,
 * and otherwise the 8-bit encodings old Vietnamese files use (TCVN3, VNI) or Windows-1252, chosen by how many
 * words come out as Vietnamese syllables.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    public record Decoded(String text, String encoding) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return new Decoded(new String(b, StandardCharsets.UTF_16LE.name().equals(utf16)
                    ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE), utf16);
        }
        String utf8 = strictUtf8(b);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        return legacy(b);
    }

    /** Text already decoded (from a DOCX with a .VnTime font, say) that is really TCVN3 or VNI. */
    public static String repairLegacy(String text) {
        if (!looksLatin1Only(text)) {
            return text;
        }
        Decoded best = pick(text, text, "unchanged");
        return best.text();
    }

    /** Mostly-ASCII text has zeros in every other byte when it is UTF-16. */
    private static String utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return "UTF-16LE";
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return "UTF-16BE";
        }
        return null;
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded legacy(byte[] b) {
        String latin1 = new String(b, StandardCharsets.ISO_8859_1);
        String cp1252 = new String(b, Charset.forName("windows-1252"));
        Decoded best = pick(latin1, cp1252, "windows-1252");
        // Windows-1258 (Vietnamese Windows): precomposed ă â ê ô ơ ư đ, tones as combining marks after them
        String cp1258 = Normalizer.normalize(new String(b, WINDOWS_1258), Normalizer.Form.NFC);
        return score(cp1258) > score(best.text()) ? new Decoded(cp1258, "windows-1258") : best;
    }

    private static Decoded pick(String latin1, String fallback, String fallbackName) {
        Decoded best = new Decoded(fallback, fallbackName);
        int bestScore = score(fallback);
        for (LegacyVietnameseEncoding.Kind kind : LegacyVietnameseEncoding.Kind.values()) {
            String candidate = LegacyVietnameseEncoding.convert(latin1, kind);
            int s = score(candidate);
            if (s > bestScore) {
                best = new Decoded(candidate, kind.name());
                bestScore = s;
            }
        }
        return best;
    }

    /** Words with Vietnamese letters that are valid syllables, minus non-ASCII words that are not. */
    static int score(String text) {
        int score = 0;
        int i = 0;
        int n = Math.min(text.length(), 20_000);
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean nonAscii = false;
            while (i < n && Character.isLetter(text.charAt(i))) {
                nonAscii |= text.charAt(i) > 0x7F;
                i++;
            }
            if (i > start && nonAscii) {
                score += VietnameseSyllables.isSyllable(text.substring(start, i)) ? 1 : -1;
            }
        }
        return score;
    }

    private static boolean looksLatin1Only(String text) {
        boolean latin1Letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x100 && c <= 0x1EFF) {
                return false;
            }
            latin1Letters |= c >= 0xA0 && c <= 0xFF;
        }
        return latin1Letters;
    }
}
