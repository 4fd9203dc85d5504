package vn.ttdn.intake.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * Unicode to TCVN3 / VNI characters (as a Word run in such a font holds them), for the round-trip tests. Built by
 * inverting the decoder over every byte sequence it accepts, so it only proves the round trip;
 * LegacyEncodingTest checks the tables themselves against hand-written bytes.
 */
public final class LegacyEncoder {

    private static final Map<Character, String> TCVN3 = new HashMap<>();
    private static final Map<Character, String> VNI = new HashMap<>();

    static {
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = String.valueOf((char) b);
            String d = LegacyVietnameseEncoding.convert(s, LegacyVietnameseEncoding.Kind.TCVN3);
            if (d.length() == 1 && d.charAt(0) != (char) b && Character.isLetter(d.charAt(0))) {
                TCVN3.putIfAbsent(d.charAt(0), s);
            }
        }
        String bases = "aeiouyAEIOUYdD";
        for (int i = 0; i < bases.length(); i++) {
            vni(String.valueOf(bases.charAt(i)), 0);
        }
        for (int b = 0x80; b <= 0xFF; b++) {
            vni(String.valueOf((char) b), 0);
        }
    }

    private static void vni(String prefix, int depth) {
        String d = java.text.Normalizer.normalize(
                LegacyVietnameseEncoding.convert(prefix, LegacyVietnameseEncoding.Kind.VNI),
                java.text.Normalizer.Form.NFC);
        if (d.length() == 1 && d.charAt(0) > 0x7F && !prefix.equals(d)) {
            String old = VNI.get(d.charAt(0));
            if (old == null || old.length() > prefix.length()) {
                VNI.put(d.charAt(0), prefix);
            }
        }
        if (depth < 2 && (depth == 0 || d.length() == 1)) {
            for (int b = 0xC0; b <= 0xFF; b++) {
                vni(prefix + (char) b, depth + 1);
            }
        }
    }

    private LegacyEncoder() {
    }

    /** TCVN3 of a run; a toned capital, which .VnTime lacks, is left to the caller (see {@link #tcvn3Has}). */
    public static String tcvn3(String unicode) {
        return map(unicode, TCVN3);
    }

    public static boolean tcvn3Has(char c) {
        return c < 0x80 || TCVN3.containsKey(c);
    }

    public static String vni(String unicode) {
        return map(unicode, VNI);
    }

    private static String map(String unicode, Map<Character, String> table) {
        String nfc = java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        for (char c : nfc.toCharArray()) {
            String m = table.get(c);
            sb.append(m != null ? m : String.valueOf(c));
        }
        return sb.toString();
    }
}
