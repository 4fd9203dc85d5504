package vn.ttdn.intake.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.ttdn.intake.DocumentReadException;

/**
 * The text layer of a PDF; a scan without one is reported, not guessed at. A PDF with bordered tables is laid out
 * again from glyph positions ({@link PdfLayout}): each table row one tab-separated line however its cells wrap, so
 * the task table reads as it does from the DOCX. Without tables PDFBox's own text order is kept.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String read(byte[] content) throws DocumentReadException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            String text = laidOut(doc);
            if (text == null) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                text = stripper.getText(doc);
            }
            if (countLetters(text) < 20) {
                throw new DocumentReadException("intake.read.scannedPdf");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException("intake.read.pdfPassword", e);
        } catch (IOException e) {
            throw new DocumentReadException("intake.read.brokenPdf", e);
        }
    }

    /** The layout-based text, or null when the document has no table (or its layout cannot be read). */
    private static String laidOut(PDDocument doc) {
        try {
            return PdfLayout.text(PdfPageReader.read(doc));
        } catch (IOException | RuntimeException e) {
            return null; // the plain text layer is still there
        }
    }

    private static int countLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
