package vn.ttdn.intake;

/**
 * The text of an uploaded document, already normalised (see {@link TextNormalizer}).
 *
 * @param detectedType "TXT", "DOCX", "DOC" or "PDF", sniffed from the content, not the file name
 * @param encoding     how the bytes were decoded: "UTF-8", "UTF-16LE", "TCVN3", "VNI", "windows-1252";
 *                     for DOCX/DOC/PDF the container's own ("UTF-8" for DOCX, "PDF" …)
 */
public record ReadDocument(String text, String detectedType, String encoding) {
}
