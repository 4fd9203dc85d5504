package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Citations read from preambles of documents intake never saw (src/test/resources/legal/generality: one file per
 * family, cases after "### province year · what"). Each line of a preamble is read as intake reads it, repeats of a
 * document counted once; a found citation is right when kind, number, number as printed, date and (for a citation
 * without a number) subject are all as labelled.
 */
public class CitationGeneralityTest {

    private static final double TARGET = 0.95;

    public record Expected(String kind, String number, String printed, LocalDate date, String subject) {
    }

    public record Case(String file, String title, List<String> lines, List<Expected> expected) {
    }

    @Test
    void recallAndPrecisionOnPreamblesIntakeNeverSaw() throws Exception {
        List<Case> cases = cases();
        Set<String> provinces = new LinkedHashSet<>();
        cases.forEach(c -> provinces.add(c.title().split(" · ")[0]));
        int expected = 0;
        int found = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<Expected> got = read(c.lines());
            List<Expected> unmatched = new ArrayList<>(got);
            for (Expected e : c.expected()) {
                if (!unmatched.remove(e)) {
                    misses.add(c.file() + " / " + c.title() + ": missed " + e);
                }
            }
            unmatched.forEach(u -> misses.add(c.file() + " / " + c.title() + ": spurious " + u));
            expected += c.expected().size();
            found += got.size();
            right += got.size() - unmatched.size();
        }
        double recall = expected == 0 ? 0 : (double) right / expected;
        double precision = found == 0 ? 0 : (double) right / found;
        double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        System.out.printf("citation generality: %d preambles, %d places, %d expected, %d found, %d right: "
                + "precision %.3f recall %.3f F1 %.3f%n", cases.size(), provinces.size(), expected, found, right,
                precision, recall, f1);
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(25);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(TARGET);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(TARGET);
    }

    /** What intake keeps of a preamble: its citations line by line, each document once. */
    private static List<Expected> read(List<String> lines) {
        List<Expected> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String line : lines) {
            for (Citation c : CitationFinder.findAll(line)) {
                if (seen.add(c.key())) {
                    DocumentNumber n = c.number();
                    out.add(n == null ? new Expected(c.kind(), null, null, c.date(), c.subject())
                            : new Expected(c.kind(), n.canonical(), n.printed(), c.date(), null));
                }
            }
        }
        return out;
    }

    public static List<Case> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(
                CitationGeneralityTest.class.getResource("/legal/generality")).toURI());
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                out.addAll(parse(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** "### title", the preamble's lines, then "= kind | number | printed | date | subject" ("-" for none). */
    private static List<Case> parse(String file, List<String> lines) {
        List<Case> out = new ArrayList<>();
        String title = null;
        List<String> text = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("### ")) {
                if (title != null) {
                    out.add(new Case(file, title, text, expected));
                }
                title = line.substring(4).strip();
                text = new ArrayList<>();
                expected = new ArrayList<>();
            } else if (line.startsWith("= ")) {
                String[] f = line.substring(2).split("\\|", -1);
                String number = none(f[1]);
                expected.add(new Expected(none(f[0]), number, none(f[2]),
                        none(f[3]) == null ? null : LocalDate.parse(f[3].strip()), number == null ? none(f[4]) : null));
            } else if (!line.isBlank() && title != null) {
                text.add(line);
            }
        }
        if (title != null) {
            out.add(new Case(file, title, text, expected));
        }
        return out;
    }

    private static String none(String field) {
        String s = field.strip();
        return s.equals("-") ? null : s;
    }
}
