package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdn.intake.extraction.TextNormalizer;
import vn.ttdn.legal.CitationGeneralityTest;
import vn.ttdn.legal.CitationGeneralityTest.Case;
import vn.ttdn.legal.CitationGeneralityTest.Expected;

/**
 * The labelled preambles of {@link CitationGeneralityTest} read the way intake reads a document: inside a decision,
 * normalised, as written, with every line broken at 60 characters (a narrow column, a PDF), with each run of
 * "Căn cứ" lines as the dash items of one "Căn cứ:", and flattened with header and body onto one line (a web copy). The legal basis must keep precision and recall ≥ 0.95 in each layout.
 */
class LegalBasisGeneralityTest {

    private static final String HEAD = """
            ỦY BAN NHÂN DÂN
            TỈNH THỬ NGHIỆM
            Số: 999/QĐ-UBND
            Thử Nghiệm, ngày 02 tháng 01 năm 2026

            QUYẾT ĐỊNH
            Về việc ban hành Kế hoạch thực hiện nhiệm vụ năm 2026

            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

            """;

    private static final String TAIL = """

            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện nhiệm vụ năm 2026.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            """;

    @Test
    void asWritten() throws Exception {
        measure("as written", c -> c.lines());
    }

    @Test
    void brokenAtSixtyCharacters() throws Exception {
        measure("broken at 60", c -> c.lines().stream().flatMap(l -> broken(l, 60).stream()).toList());
    }

    @Test
    void asDashItemsOfOneCanCu() throws Exception {
        measure("dash items", c -> {
            List<String> out = new ArrayList<>();
            boolean inList = false;
            for (String l : c.lines()) {
                if (l.startsWith("Căn cứ ") && !inList) {
                    out.add("Căn cứ:");
                }
                inList = l.startsWith("Căn cứ ");
                out.add(inList ? "- " + l.substring(7) : l);
            }
            return out;
        });
    }

    @Test
    void flattenedOntoOneLineWithItsHeaderAndBody() throws Exception {
        measure("one line", c -> List.of(String.join(" ", c.lines())), true);
    }

    private static void measure(String layout, java.util.function.Function<Case, List<String>> lay) throws Exception {
        measure(layout, lay, false);
    }

    private static void measure(String layout, java.util.function.Function<Case, List<String>> lay, boolean flat)
            throws Exception {
        int expected = 0;
        int found = 0;
        int right = 0;
        for (Case c : CitationGeneralityTest.cases()) {
            String raw = HEAD + String.join("\n", lay.apply(c)) + TAIL;
            String text = TextNormalizer.normalize(flat ? raw.replaceAll("\\s+", " ") : raw);
            List<Expected> got = new ArrayList<>();
            for (ParsedCitation p : new PlanExtractor().extract(text).legalBasis()) {
                got.add(new Expected(p.kind(), p.number(), p.printedNumber(), p.date(),
                        p.number() == null ? p.subject() : null));
            }
            List<Expected> unmatched = new ArrayList<>(got);
            for (Expected e : c.expected()) {
                if (!unmatched.remove(e)) {
                    System.out.println("  " + layout + " / " + c.title() + ": missed " + e);
                }
            }
            unmatched.forEach(u -> System.out.println("  " + layout + " / " + c.title() + ": spurious " + u));
            expected += c.expected().size();
            found += got.size();
            right += got.size() - unmatched.size();
        }
        double precision = (double) right / found;
        double recall = (double) right / expected;
        System.out.printf("legal basis generality, %s: %d expected, %d found, %d right: precision %.3f recall %.3f%n",
                layout, expected, found, right, precision, recall);
        assertThat(precision).as(layout + " precision").isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(layout + " recall").isGreaterThanOrEqualTo(0.95);
    }

    /** The line broken at spaces into pieces of at most {@code width} characters. */
    private static List<String> broken(String line, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String w : line.split(" ")) {
            if (piece.length() > 0 && piece.length() + 1 + w.length() > width) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.length() > 0 ? " " : "").append(w);
        }
        out.add(piece.toString());
        return out;
    }
}
