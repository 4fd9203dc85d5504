package vn.ttdn.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.ttdn.SampleFiles;
import vn.ttdn.tracking.internal.FileOpens.Verdict;

/** A file is evidence of its type only when the library that reads that type opens it. */
class FileOpensTest {

    @Test
    void realFilesOfEveryTypeOpen() {
        assertThat(FileOpens.check("pdf", SampleFiles.pdf())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("docx", SampleFiles.docx())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("xlsx", SampleFiles.xlsx())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("pptx", SampleFiles.pptx())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("doc", SampleFiles.doc())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("xls", SampleFiles.xls())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("odt", SampleFiles.odt())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("png", SampleFiles.png())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("jpg", SampleFiles.jpg())).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("jpeg", SampleFiles.jpg())).isEqualTo(Verdict.OPENS);
    }

    @Test
    void textIsStrictUtf8OrUtf16WithItsMark() {
        String report = "Báo cáo kết quả: 3 < 5 và 7 > 2";
        assertThat(FileOpens.check("txt", report.getBytes(StandardCharsets.UTF_8))).isEqualTo(Verdict.OPENS);
        byte[] le = report.getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[le.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withMark, 2, le.length);
        assertThat(FileOpens.check("txt", withMark)).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("txt", report.getBytes(java.nio.charset.Charset.forName("windows-1258"))))
                .isEqualTo(Verdict.BROKEN);
    }

    @Test
    void aPdfHeaderBeforeAWebPageIsNotAPdf() {
        assertThat(FileOpens.check("pdf", SampleFiles.pdfHeaderThenHtml())).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void aPdfCutInHalfIsNotAPdf() {
        assertThat(FileOpens.check("pdf", SampleFiles.truncatedPdf())).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void aPdfWithoutPagesIsNotEvidence() throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.save(out);
            assertThat(FileOpens.check("pdf", out.toByteArray())).isEqualTo(Verdict.BROKEN);
        }
    }

    @Test
    void ole2MagicThenNoiseIsNotAWordFile() {
        assertThat(FileOpens.check("doc", SampleFiles.corruptDoc())).isEqualTo(Verdict.BROKEN);
        assertThat(FileOpens.check("xls", SampleFiles.corruptDoc())).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void officeFilesOfTheWrongKindOrCutShortDoNotOpen() {
        assertThat(FileOpens.check("doc", SampleFiles.xls())).isEqualTo(Verdict.BROKEN);
        assertThat(FileOpens.check("xls", SampleFiles.doc())).isEqualTo(Verdict.BROKEN);
        assertThat(FileOpens.check("xlsx", SampleFiles.docx())).isEqualTo(Verdict.BROKEN);
        byte[] docx = SampleFiles.docx();
        assertThat(FileOpens.check("docx", Arrays.copyOf(docx, docx.length / 2))).isEqualTo(Verdict.BROKEN);
        byte[] odt = SampleFiles.odt();
        assertThat(FileOpens.check("odt", Arrays.copyOf(odt, odt.length - 40))).isEqualTo(Verdict.BROKEN);
        assertThat(FileOpens.check("odt", SampleFiles.docx())).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void svgAndHtmlAreNotImagesOrText() {
        assertThat(FileOpens.check("png", SampleFiles.SVG.getBytes(StandardCharsets.UTF_8))).isEqualTo(Verdict.BROKEN);
        assertThat(FileOpens.check("jpg", SampleFiles.HTML.getBytes(StandardCharsets.UTF_8))).isEqualTo(Verdict.BROKEN);
        assertThat(FileOpens.check("png", SampleFiles.jpg())).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void anImageClaimingAbsurdDimensionsIsRefusedWithoutDecodingIt() {
        assertThat(FileOpens.check("png", SampleFiles.pngClaiming(20_000))).isEqualTo(Verdict.OPENS);
        assertThat(FileOpens.check("png", SampleFiles.pngClaiming(30_000))).isEqualTo(Verdict.IMAGE_TOO_LARGE);
    }
}
