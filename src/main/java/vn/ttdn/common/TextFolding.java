package vn.ttdn.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search and matching: lower case, no tone or vowel marks, đ → d, punctuation as spaces,
 * single spaces. "Thông tin đối ngoại" and "thong tin doi ngoai" fold to the same key, and so do
 * "Văn hóa, Thể thao" and "van hoa the thao".
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D');
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Folds several fields into one searchable string. */
    public static String foldAll(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                sb.append(fold(part)).append(' ');
            }
        }
        return sb.toString().strip();
    }
}
