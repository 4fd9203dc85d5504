package vn.ttdn.intake.extraction;

/** The real type of an upload, from its first bytes (magic numbers), whatever its name says. */
public final class ContentSniffer {

    public enum Type { PDF, DOCX, OLE2, TEXT, UNSUPPORTED }

    private ContentSniffer() {
    }

    public static Type sniff(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return Type.PDF;
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return Type.DOCX;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Type.OLE2;
        }
        if (startsWith(b, 0x7B, 0x5C, 0x72, 0x74, 0x66) || looksBinary(b)) {
            return Type.UNSUPPORTED; // RTF, images, archives …
        }
        return Type.TEXT;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Control bytes other than tab/newline in a text file mean it is not text (UTF-16 zeros excepted). */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int zeros = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                zeros++;
            } else if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                controls++;
            }
        }
        boolean utf16 = zeros > n / 4 && zeros < n * 3 / 5;
        return !utf16 && (zeros > 0 || controls > n / 50);
    }
}
