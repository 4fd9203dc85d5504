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

    /** Streams the archive once, counting expanded bytes, before anything builds it in memory; false if not a zip. */
    public static boolean expandsSafely(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                entries++;
                total += drain(zip, buf, MAX_EXPANDED - total);
                if (total >= MAX_EXPANDED || total > (long) content.length * MAX_RATIO + 1_000_000) {
                    return false;
                }
            }
            return entries > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static long drain(InputStream in, byte[] buf, long budget) throws IOException {
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
