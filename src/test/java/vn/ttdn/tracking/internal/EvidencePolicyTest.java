package vn.ttdn.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.ttdn.common.UserFacingException;

class EvidencePolicyTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private final EvidencePolicy policy = new EvidencePolicy(1024 * 1024);

    @Test
    void acceptsARealPdfAndStoresTheSniffedType() {
        assertThat(policy.check("bao-cao.pdf", PDF)).isEqualTo("application/pdf");
    }

    @Test
    void acceptsARealWordDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Báo cáo kết quả");
            doc.write(out);
        }
        assertThat(policy.check("Báo cáo.docx", out.toByteArray())).contains("wordprocessingml");
    }

    @Test
    void refusesAnExecutableRenamedAsPdf() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> policy.check("report.pdf", exe))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("không đúng với phần mở rộng");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> policy.check("report.docx", out.toByteArray()))
                .hasMessageContaining("không đúng với phần mở rộng");
    }

    @Test
    void refusesUnknownTypesEmptyFilesOversizedFilesAndPathsInNames() {
        assertThatThrownBy(() -> policy.check("virus.exe", PDF)).hasMessageContaining("không được nhận");
        assertThatThrownBy(() -> policy.check("empty.pdf", new byte[0])).hasMessageContaining("rỗng");
        assertThatThrownBy(() -> policy.check("big.pdf", new byte[2 * 1024 * 1024])).hasMessageContaining("MB");
        assertThatThrownBy(() -> policy.check("../../etc/passwd.txt", PDF)).hasMessageContaining("Tên tệp");
    }
}
