package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import vn.ttdn.intake.extraction.TextNormalizer;

/**
 * Jazzer fuzz tests. In a normal {@code mvn test} they run in regression mode on the seed corpus under
 * src/test/resources/vn/ttdn/intake/IntakeFuzzTestInputs; with JAZZER_FUZZ=1 they fuzz.
 */
class IntakeFuzzTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final PlanExtractor extractor = new PlanExtractor();

    /** Any bytes under any name we read: either a document or a DocumentReadException, nothing else. */
    @FuzzTest(maxDuration = "60s")
    void readerOnlyThrowsDocumentReadException(byte[] bytes) {
        for (String name : new String[] {"x.txt", "x.docx", "x.doc", "x.pdf"}) {
            try {
                ReadDocument d = reader.read(name, bytes);
                assertThat(d.text()).isNotNull();
            } catch (DocumentReadException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    /**
     * Word files built from fuzzed parts (cell texts, merges, spans, numbering formats and levels, fonts): read
     * to text or refused with a DocumentReadException, quickly.
     */
    @FuzzTest(maxDuration = "60s")
    void wordLayoutsAreReadOrRefused(FuzzedDataProvider data) throws Exception {
        byte[] docx = FuzzedDocuments.docx(data);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                assertThat(extractor.extract(reader.read("x.docx", docx).text()).tasks()).isNotNull();
            } catch (DocumentReadException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    /** PDFs drawn from fuzzed lines, rectangles and text: read to text or refused, quickly. */
    @FuzzTest(maxDuration = "60s")
    void pdfLayoutsAreReadOrRefused(FuzzedDataProvider data) throws Exception {
        byte[] pdf = FuzzedDocuments.pdf(data);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                assertThat(extractor.extract(reader.read("x.pdf", pdf).text()).tasks()).isNotNull();
            } catch (DocumentReadException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    /** Any text finishes quickly: no catastrophic backtracking, no exception. */
    @FuzzTest(maxDuration = "60s")
    void extractorIsTotalAndFast(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            ParsedPlan p = extractor.extract(TextNormalizer.normalize(text));
            assertThat(p.tasks()).isNotNull();
        });
    }
}
