package vn.ttdn.intake.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.ttdn.intake.DocumentReadException;

/**
 * The text layer of a PDF; a scan without one is reported, not guessed at. A PDF with bordered tables is laid out
 * again from glyph positions ({@link PdfLayout}): each table row one tab-separated line however its cells wrap, so
 * the task table reads as it does from the DOCX. Without tables PDFBox's own text order is kept, less the running
 * headers and footers ({@link PageFurniture}).
 */
public final class PdfText {

    private PdfText() {
    }

    public static String read(byte[] content) throws DocumentReadException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            String text = laidOut(doc);
            if (text == null) {
                text = plain(doc);
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

    /** PDFBox's text order, page by page, so that running headers and footers can be left out. */
    private static String plain(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        int n = doc.getNumberOfPages();
        if (n < 2 || n > 2000) {
            return stripper.getText(doc);
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(List.of(stripper.getText(doc).split("\\R", -1)));
        }
        return PageFurniture.strip(pages);
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
