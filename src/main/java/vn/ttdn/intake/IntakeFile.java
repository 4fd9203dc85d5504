package vn.ttdn.intake;

/** An uploaded document as stored; its bytes are sent by {@link PlanIntake#file} as a download. */
public final class IntakeFile {

    private IntakeFile() {
    }

    /** Its description without the bytes. {@code detectedType} is TXT, DOCX, DOC or PDF. */
    public record Info(long intakeId, String fileName, String detectedType, long sizeBytes, String sha256) {

        public String mediaType() {
            return switch (detectedType) {
                case "PDF" -> "application/pdf";
                case "DOCX" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "DOC" -> "application/msword";
                default -> "text/plain;charset=UTF-8";
            };
        }
    }
}
