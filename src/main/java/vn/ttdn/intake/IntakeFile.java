package vn.ttdn.intake;

/** An uploaded document as stored. */
public record IntakeFile(Info info, byte[] content) {

    /** Its description without the bytes. {@code detectedType} is TXT, DOCX, DOC or PDF. */
    public record Info(long intakeId, String fileName, String detectedType, long sizeBytes, String sha256) {
    }

    public String mediaType() {
        return switch (info.detectedType()) {
            case "PDF" -> "application/pdf";
            case "DOCX" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "DOC" -> "application/msword";
            default -> "text/plain;charset=UTF-8";
        };
    }
}
