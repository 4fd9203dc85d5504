package vn.ttdn.intake.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.ttdn.intake.DocumentReadException;

/**
 * Legacy Word (.doc) through poi-scratchpad. An OLE2 file holding "EncryptionInfo" is a password-protected
 * DOCX/DOC, which we cannot read.
 */
public final class DocText {

    private DocText() {
    }

    /** An OLE2 container holding an encrypted OOXML package (a DOCX with a password). */
    public static boolean isEncryptedPackage(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The document's paragraphs, one a line, before normalisation. */
    public static String read(byte[] content) throws DocumentReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new DocumentReadException("intake.read.password");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new DocumentReadException("intake.read.unsupported");
            }
            try (HWPFDocument doc = new HWPFDocument(fs); WordExtractor ex = new WordExtractor(doc)) {
                StringBuilder sb = new StringBuilder();
                for (String p : ex.getParagraphText()) {
                    // table cells end with BEL (0x07); a row's last cell ends with two
                    sb.append(p.replace("\u0007\r\n", "\n").replace("\u0007", "\t").strip()).append('\n');
                }
                return sb.toString();
            }
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new DocumentReadException("intake.read.password", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentReadException("intake.read.brokenDoc", e);
        }
    }
}
