package vn.ttdn.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares the extractor's output on the seeds with {@link SeedExpectations}, field by field. */
final class SeedAccuracy {

    /** correct / total for one field. */
    record Score(int correct, int total) {
        Score plus(Score o) {
            return new Score(correct + o.correct, total + o.total);
        }

        double ratio() {
            return total == 0 ? 1.0 : (double) correct / total;
        }

        @Override
        public String toString() {
            return String.format("%d/%d (%.0f%%)", correct, total, 100 * ratio());
        }
    }

    static final List<String> FIELDS = List.of("header", "legal basis", "citations", "tasks found", "extra tasks",
            "lead", "coordinating", "timeframe");

    private SeedAccuracy() {
    }

    static Map<String, Score> score(SeedExpectations.Seed e, ParsedPlan p) {
        Map<String, Score> s = new LinkedHashMap<>();
        int header = 0;
        header += Objects.equals(e.documentType(), p.documentType()) ? 1 : 0;
        header += Objects.equals(e.number(), p.number()) ? 1 : 0;
        header += Objects.equals(e.issuedOn(), p.issuedOn()) ? 1 : 0;
        header += Objects.equals(e.place(), p.place()) ? 1 : 0;
        header += Objects.equals(e.issuer(), p.issuer()) ? 1 : 0;
        header += p.title() != null && p.title().startsWith(e.titleStart()) ? 1 : 0;
        header += Objects.equals(e.year(), p.year()) ? 1 : 0;
        s.put("header", new Score(header, 7));
        s.put("legal basis", overlap(e.legalBasis(), p.legalBasis().stream().map(ParsedCitation::number).toList()));
        s.put("citations", overlap(e.citations(), p.citations().stream().map(ParsedCitation::number).toList()));
        List<ParsedTask> matched = match(e.tasks(), p.tasks());
        int found = (int) matched.stream().filter(Objects::nonNull).count();
        s.put("tasks found", new Score(found, e.tasks().size()));
        s.put("extra tasks", new Score(p.tasks().size() - found, p.tasks().size()));
        int lead = 0, coord = 0, tf = 0;
        for (int i = 0; i < matched.size(); i++) {
            ParsedTask a = matched.get(i);
            SeedExpectations.Task x = e.tasks().get(i);
            if (a != null) {
                lead += a.lead().equals(x.lead()) ? 1 : 0;
                coord += a.coordinating().equals(x.coordinating()) ? 1 : 0;
                tf += a.timeframe().kind().name().equals(x.timeframe()) ? 1 : 0;
            }
        }
        s.put("lead", new Score(lead, e.tasks().size()));
        s.put("coordinating", new Score(coord, e.tasks().size()));
        s.put("timeframe", new Score(tf, e.tasks().size()));
        return s;
    }

    /** Expected and actual aligned: each expected task gets the first unused task that starts the same way. */
    static List<ParsedTask> match(List<SeedExpectations.Task> expected, List<ParsedTask> actual) {
        List<ParsedTask> out = new ArrayList<>();
        boolean[] used = new boolean[actual.size()];
        for (SeedExpectations.Task x : expected) {
            ParsedTask hit = null;
            for (int k = 0; k < actual.size() && hit == null; k++) {
                ParsedTask a = actual.get(k);
                if (!used[k] && a.content().startsWith(x.contentStart()) && Objects.equals(a.ref(), x.ref())) {
                    used[k] = true;
                    hit = a;
                }
            }
            out.add(hit);
        }
        return out;
    }

    private static Score overlap(List<String> expected, List<String> actual) {
        int hit = (int) expected.stream().filter(actual::contains).count();
        return new Score(hit, Math.max(expected.size(), actual.size()));
    }

    /** A Markdown table: one row per field, one column per seed, and the total. */
    static String table(Map<String, Map<String, Score>> bySeed) {
        StringBuilder sb = new StringBuilder("| field |");
        bySeed.keySet().forEach(k -> sb.append(' ').append(k, 0, 3).append(" |"));
        sb.append(" all |\n|---|");
        bySeed.keySet().forEach(k -> sb.append("---|"));
        sb.append("---|\n");
        for (String f : FIELDS) {
            sb.append("| ").append(f).append(" |");
            Score total = new Score(0, 0);
            for (Map<String, Score> m : bySeed.values()) {
                sb.append(' ').append(m.get(f)).append(" |");
                total = total.plus(m.get(f));
            }
            sb.append(' ').append(total).append(" |\n");
        }
        return sb.toString();
    }
}
