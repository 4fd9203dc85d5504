package vn.ttdn.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ttdn.SampleFiles;

/** Markup is what a browser would run as a page; text that mentions a few angle brackets is not. */
class MarkupTest {

    @Test
    void webPagesSvgAndXmlAreMarkupWhateverTheirCase() {
        for (String markup : new String[] {SampleFiles.HTML, SampleFiles.SVG, "<HTML><BODY>x</BODY></HTML>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "<?xml version=\"1.0\"?><kehoach/>",
                "<!-- saved from url -->\n<html>", "<p>Kế hoạch</p>", "<iframe src=x>",
                "Báo cáo\n<script src=//evil.example/x.js></script>"}) {
            assertThat(Markup.isMarkup(markup.getBytes(StandardCharsets.UTF_8))).as(markup).isTrue();
        }
    }

    @Test
    void leadingWhiteSpaceByteOrderMarksAndUtf16HideNothing() {
        byte[] utf8 = ("\uFEFF  \n" + SampleFiles.HTML).getBytes(StandardCharsets.UTF_8);
        assertThat(Markup.isMarkup(utf8)).isTrue();
        assertThat(Markup.isMarkup(("\uFEFF" + SampleFiles.SVG).getBytes(StandardCharsets.UTF_16LE))).isTrue();
        assertThat(Markup.isMarkup(SampleFiles.SVG.getBytes(StandardCharsets.UTF_16BE))).isTrue();
        assertThat(Markup.isMarkup(SampleFiles.pdfHeaderThenHtml())).isTrue();
    }

    @Test
    void plainTextWithAngleBracketsIsNotMarkup() {
        for (String text : new String[] {"Tỷ lệ hoàn thành < 50% ở 3 xã; số tin bài > 120.",
                "KẾ HOẠCH\n<Tên cơ quan> ghi rõ; 1 <2 và <b>? không phải thẻ mở đầu",
                "Mục tiêu: a<b, c<scripted không phải thẻ", "<<Trích>> báo Nhân Dân"}) {
            assertThat(Markup.isMarkup(text.getBytes(StandardCharsets.UTF_8))).as(text).isFalse();
        }
        assertThat(Markup.isMarkup(SampleFiles.pdf())).isFalse();
        assertThat(Markup.isMarkup(SampleFiles.docx())).isFalse();
        assertThat(Markup.isMarkup(SampleFiles.png())).isFalse();
        assertThat(Markup.isMarkup(new byte[0])).isFalse();
    }
}
