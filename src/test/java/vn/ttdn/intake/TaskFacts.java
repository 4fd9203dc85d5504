package vn.ttdn.intake;

import java.util.List;
import java.util.Objects;

/**
 * The golden task facts of a seed: one fact per task a reader writes down, right when a task starting the same way
 * is found (in order) with exactly its lead and its coordinating agencies. The task's printed number is not
 * compared, since a table renumbers ("TT" column) what the text left unnumbered.
 */
final class TaskFacts {

    private TaskFacts() {
    }

    static SeedAccuracy.Score score(SeedExpectations.Seed e, ParsedPlan p) {
        boolean[] used = new boolean[p.tasks().size()];
        int right = 0;
        for (SeedExpectations.Task x : e.tasks()) {
            for (int k = 0; k < p.tasks().size(); k++) {
                ParsedTask a = p.tasks().get(k);
                if (!used[k] && squeeze(a.content()).startsWith(squeeze(x.contentStart()))) {
                    used[k] = true;
                    right += a.lead().equals(x.lead()) && a.coordinating().equals(x.coordinating()) ? 1 : 0;
                    break;
                }
            }
        }
        return new SeedAccuracy.Score(right, e.tasks().size());
    }

    /** Missed facts, for the test log: "ref contentStart: lead / coordinating as read". */
    static List<String> misses(SeedExpectations.Seed e, ParsedPlan p) {
        boolean[] used = new boolean[p.tasks().size()];
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (SeedExpectations.Task x : e.tasks()) {
            ParsedTask hit = null;
            for (int k = 0; k < p.tasks().size() && hit == null; k++) {
                if (!used[k] && squeeze(p.tasks().get(k).content()).startsWith(squeeze(x.contentStart()))) {
                    used[k] = true;
                    hit = p.tasks().get(k);
                }
            }
            if (hit == null) {
                out.add("missing: " + x.contentStart());
            } else if (!hit.lead().equals(x.lead()) || !Objects.equals(hit.coordinating(), x.coordinating())) {
                out.add(x.contentStart() + ": " + hit.lead() + " / " + hit.coordinating());
            }
        }
        return out;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
