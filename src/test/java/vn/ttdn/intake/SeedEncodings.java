package vn.ttdn.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;

/** A seed's text as other encodings hold it. */
final class SeedEncodings {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private SeedEncodings() {
    }

    /**
     * Windows-1258 as Vietnamese Windows writes it: letters with circumflex, breve and horn precomposed, the five
     * tones as combining marks after them ("ế" = "ê" + U+0301).
     */
    static byte[] windows1258(String text) throws Exception {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char m = nfd.charAt(i++);
                (TONES.indexOf(m) >= 0 ? tones : base).append(m);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        CharsetEncoder enc = Charset.forName("windows-1258").newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'});
        ByteBuffer b = enc.encode(CharBuffer.wrap(out));
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return bytes;
    }

    static byte[] nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
