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
import vn.ttdn.SampleFiles;
import vn.ttdn.common.UserFacingException;

class EvidencePolicyTest {

    private static final byte[] PDF = SampleFiles.pdf();
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

    @Test
    void acceptsEveryTypeWhenItOpensAsThatType() {
        assertThat(policy.check("bien-ban.doc", SampleFiles.doc())).isEqualTo("application/msword");
        assertThat(policy.check("so-lieu.xls", SampleFiles.xls())).isEqualTo("application/vnd.ms-excel");
        assertThat(policy.check("so-lieu.xlsx", SampleFiles.xlsx())).contains("spreadsheetml");
        assertThat(policy.check("trinh-bay.pptx", SampleFiles.pptx())).contains("presentationml");
        assertThat(policy.check("bao-cao.odt", SampleFiles.odt())).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(policy.check("anh.png", SampleFiles.png())).isEqualTo("image/png");
        assertThat(policy.check("anh.jpg", SampleFiles.jpg())).isEqualTo("image/jpeg");
        assertThat(policy.check("ghi-chu.txt", "Số tin bài < 120, > 80".getBytes(StandardCharsets.UTF_8)))
                .startsWith("text/plain");
    }

    @Test
    void refusesAWebPageBehindAPdfHeader() {
        assertThatThrownBy(() -> policy.check("bao-cao.pdf", SampleFiles.pdfHeaderThenHtml()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Tệp \"bao-cao.pdf\" chứa mã HTML, SVG hoặc XML (có thể chạy như một trang web) — "
                        + "không nhận làm tệp minh chứng.");
    }

    @Test
    void refusesAPdfCutInHalfAndACorruptWordFile() {
        assertThatThrownBy(() -> policy.check("bao-cao.pdf", SampleFiles.truncatedPdf()))
                .hasMessage("Tệp \"bao-cao.pdf\" không mở được như một tệp PDF (tệp hỏng hoặc không đúng loại).");
        assertThatThrownBy(() -> policy.check("bien-ban.doc", SampleFiles.corruptDoc()))
                .hasMessage("Tệp \"bien-ban.doc\" không mở được như một tệp Word (DOC) (tệp hỏng hoặc không đúng "
                        + "loại).");
    }

    @Test
    void refusesHtmlAndSvgRenamedAsTextOrImage() {
        byte[] html = SampleFiles.HTML.getBytes(StandardCharsets.UTF_8);
        byte[] svg = SampleFiles.SVG.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> policy.check("ghi-chu.txt", html)).hasMessageContaining("chứa mã HTML, SVG hoặc XML");
        assertThatThrownBy(() -> policy.check("anh.png", svg)).hasMessageContaining("chứa mã HTML, SVG hoặc XML");
        assertThatThrownBy(() -> policy.check("ghi-chu.txt", svg)).hasMessageContaining("chứa mã HTML, SVG hoặc XML");
    }

    @Test
    void refusesTextInAnEncodingThatIsNotUtf8AndAbsurdImages() {
        // mostly ASCII, so it sniffs as text, with one Windows-1258 letter (0xF0, "đ") that UTF-8 cannot decode
        byte[] legacy = "Bao cao ket qua thuc hien nhiem vu thong tin doi ngoai nam 2025: \u00f0at 95%."
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> policy.check("ghi-chu.txt", legacy))
                .hasMessageContaining("không mở được như một tệp văn bản TXT");
        assertThatThrownBy(() -> policy.check("anh.png", SampleFiles.pngClaiming(100_000)))
                .hasMessage("Ảnh \"anh.png\" có kích thước bất thường — mỗi chiều tối đa 20000 điểm ảnh.");
    }
}
