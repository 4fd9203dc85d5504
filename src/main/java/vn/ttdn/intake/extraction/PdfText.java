package vn.ttdn.intake.extraction;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.ttdn.intake.DocumentReadException;

/** The text layer of a PDF; a scan without one is reported, not guessed at. */
public final class PdfText {

    private PdfText() {
    }

    public static String read(byte[] content) throws DocumentReadException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
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
