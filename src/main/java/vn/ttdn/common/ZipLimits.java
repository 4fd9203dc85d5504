package vn.ttdn.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How far an uploaded zip (DOCX, XLSX, PPTX, ODT) may expand before it counts as a zip bomb. POI's own guard
 * ({@link ZipSecureFile}) is global to the JVM, so every module that opens office files sets the same values here.
 */
public final class ZipLimits {

    /** Expanded size accepted, and the largest expansion ratio (a zip bomb expands far more). */
    public static final long MAX_EXPANDED = 200L * 1024 * 1024;
    public static final int MAX_RATIO = 100;

    private ZipLimits() {
    }

    public static void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_EXPANDED);
    }

    /**
     * A whole zip (it ends with its central directory: one cut short does not) that expands within the limits,
     * counted by streaming it once before anything builds it in memory.
     */
    public static boolean isSafeZip(byte[] content) {
        if (!endsWithDirectory(content)) {
            return false;
        }
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                entries++;
                total += drain(zip, buf, MAX_EXPANDED - total);
                if (exceeded(total, content.length)) {
                    return false;
                }
            }
            return entries > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The end-of-central-directory record, (PK 05 06), in the last 22 bytes plus the longest comment. */
    private static boolean endsWithDirectory(byte[] b) {
        for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65_535; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** Whether this many expanded bytes from a zip of this size are beyond the limits. */
    public static boolean exceeded(long expanded, int zipLength) {
        return expanded >= MAX_EXPANDED || expanded > (long) zipLength * MAX_RATIO + 1_000_000;
    }

    /** Reads the current entry to its end or until the budget is spent; returns the bytes read. */
    public static long drain(InputStream in, byte[] buf, long budget) throws IOException {
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > budget) {
                break;
            }
        }
        return n;
    }
}
