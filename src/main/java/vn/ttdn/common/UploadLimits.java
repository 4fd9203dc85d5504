package vn.ttdn.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one set of upload limits (README, "Configuration"): evidence files of a progress update and plan documents
 * for intake. The server's own multipart limits are derived from these, so a request within them always reaches the
 * checks that answer beside the field, and one beyond them gets the "too large" page or problem.
 */
@Component
public class UploadLimits {

    private static final long MB = 1024 * 1024;

    private final int evidenceMaxMegabytes;
    private final int evidenceMaxFiles;
    private final int intakeMaxMegabytes;

    public UploadLimits(@Value("${ttdn.upload.evidence-max-mb}") int evidenceMaxMegabytes,
                        @Value("${ttdn.upload.evidence-max-files}") int evidenceMaxFiles,
                        @Value("${ttdn.upload.intake-max-mb}") int intakeMaxMegabytes) {
        this.evidenceMaxMegabytes = evidenceMaxMegabytes;
        this.evidenceMaxFiles = evidenceMaxFiles;
        this.intakeMaxMegabytes = intakeMaxMegabytes;
    }

    public int evidenceMaxMegabytes() { return evidenceMaxMegabytes; }
    public long evidenceMaxBytes() { return evidenceMaxMegabytes * MB; }
    public int evidenceMaxFiles() { return evidenceMaxFiles; }
    public int intakeMaxMegabytes() { return intakeMaxMegabytes; }
    public long intakeMaxBytes() { return intakeMaxMegabytes * MB; }

    /** The largest single file the server reads. */
    public long maxFileBytes() {
        return Math.max(evidenceMaxBytes(), intakeMaxBytes());
    }

    /** The largest request the server reads: all files of one update, or one document, and the form's fields. */
    public long maxRequestBytes() {
        return Math.max(evidenceMaxBytes() * evidenceMaxFiles, intakeMaxBytes()) + MB;
    }

    /** The message for a request beyond the limits, in Vietnamese. */
    public String tooLargeMessage() {
        return "Tệp gửi lên quá lớn. Mỗi lần cập nhật gửi tối đa " + evidenceMaxFiles + " tệp minh chứng, mỗi tệp "
                + evidenceMaxMegabytes + " MB; văn bản kế hoạch tối đa " + intakeMaxMegabytes + " MB.";
    }
}
