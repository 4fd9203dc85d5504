package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import vn.ttdn.intake.extraction.PdfGlyphLines.Glyph;
import vn.ttdn.intake.extraction.PdfTableGrid.Rule;

/**
 * Jazzer on the PDF layout logic with any glyphs and rules (overlapping, huge, negative, NaN): no exception, and
 * quick even at the limits a page may reach. Regression mode in a normal build; JAZZER_FUZZ=1 fuzzes.
 */
class LayoutFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void pdfLayoutIsTotalAndFast(FuzzedDataProvider data) {
        List<PdfPageReader.Page> pages = new ArrayList<>();
        int n = data.consumeInt(0, 3);
        for (int p = 0; p < n; p++) {
            List<Glyph> glyphs = new ArrayList<>();
            List<Rule> rules = new ArrayList<>();
            int g = data.consumeInt(0, 400);
            for (int i = 0; i < g && data.remainingBytes() > 0; i++) {
                glyphs.add(new Glyph(data.consumeFloat(), data.consumeFloat(), data.consumeFloat(),
                        data.consumeFloat(), data.consumeString(3)));
            }
            int r = data.consumeInt(0, 400);
            for (int i = 0; i < r && data.remainingBytes() > 0; i++) {
                rules.add(new Rule(data.consumeFloat(), data.consumeFloat(), data.consumeFloat(), data.consumeFloat()));
            }
            pages.add(new PdfPageReader.Page(data.consumeFloat(), glyphs, rules));
        }
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            String text = PdfLayout.text(pages);
            assertThat(text == null || text.length() >= 0).isTrue();
        });
    }

    /** A dense grid of rules at the limit: bounded work, not quadratic blow-up. */
    @FuzzTest(maxDuration = "30s")
    void denseGridsStayBounded(FuzzedDataProvider data) {
        int cols = data.consumeInt(2, 80);
        int rows = data.consumeInt(1, 2000);
        List<Rule> rules = new ArrayList<>();
        for (int c = 0; c <= cols; c++) {
            rules.add(new Rule(c * 5f, 0, c * 5f + 0.5f, rows * 5f));
        }
        for (int b = 0; b <= rows; b++) {
            rules.add(new Rule(0, b * 5f, cols * 5f, b * 5f + 0.5f));
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            glyphs.add(new Glyph(data.consumeRegularFloat(0, cols * 5f), data.consumeRegularFloat(0, rows * 5f), 2, 4, "a"));
        }
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(3), () ->
                assertThat(PdfTableGrid.grid(glyphs, rules).rows()).isNotNull());
    }
}
