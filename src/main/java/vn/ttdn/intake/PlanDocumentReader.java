package vn.ttdn.intake;

/**
 * Reads an uploaded plan document (TXT, DOCX, DOC, PDF with a text layer) into normalised text. The type is
 * sniffed from the content; limits protect the server from oversized files and zip bombs; every failure is a
 * {@link DocumentReadException} with a Vietnamese message.
 */
public final class PlanDocumentReader {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    public ReadDocument read(String fileName, byte[] content) throws DocumentReadException {
        if (content == null || content.length == 0) {
            throw new DocumentReadException("Tệp rỗng — không có nội dung để đọc.");
        }
        if (content.length > MAX_BYTES) {
            throw new DocumentReadException("Tệp quá lớn (" + content.length / (1024 * 1024)
                    + " MB) — chỉ nhận tệp tối đa 20 MB.");
        }
        try {
            return switch (ContentSniffer.sniff(content)) {
                case PDF -> of(PdfText.read(content), "PDF", "PDF");
                case DOCX -> of(DocxText.read(content), "DOCX", "UTF-8");
                case OLE2 -> DocText.read(content);
                case TEXT -> text(content);
                case UNSUPPORTED -> throw new DocumentReadException(
                        "Định dạng tệp không được hỗ trợ — hãy tải lên tệp TXT, DOCX, DOC hoặc PDF.");
            };
        } catch (DocumentReadException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new DocumentReadException("Tệp bị hỏng hoặc không đúng định dạng — không đọc được nội dung.", e);
        }
    }

    private static ReadDocument text(byte[] content) {
        TextDecoder.Decoded d = TextDecoder.decode(content);
        return new ReadDocument(TextNormalizer.normalize(d.text()), "TXT", d.encoding());
    }

    static ReadDocument of(String extracted, String type, String encoding) {
        String repaired = TextDecoder.repairLegacy(extracted);
        String enc = repaired.equals(extracted) ? encoding : encoding + "+legacy";
        return new ReadDocument(TextNormalizer.normalize(repaired), type, enc);
    }
}
