package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ttdn.common.TextFolding;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.intake.RevisionDiff.TaskChange;
import vn.ttdn.intake.RevisionDiff.TaskText;
import vn.ttdn.intake.RevisionDiff;

/**
 * Pairs the tasks of a revised document with those of the plan it revises. Content decides first, because
 * numbering shifts when a task is removed ("TT" columns renumber); the printed number only breaks ties and pairs
 * what content alone cannot (a task rewritten from scratch under the same number).
 */
public final class RevisionDiffer {

    /** Word overlap from which two tasks are one task, edited. */
    static final double SAME_TASK = 0.5;
    /** Word overlap that still pairs two tasks carrying the same number. */
    static final double SAME_REF = 0.2;

    private RevisionDiffer() {
    }

    /** A previous task: its id and text. */
    public record PreviousTask(long id, TaskText text) {
    }

    /** The task part of a {@link RevisionDiff}. */
    public record TaskDiff(List<TaskChange> added, List<TaskChange> removed, List<TaskChange> changed,
                           int unchanged) {
    }

    public static TaskDiff diff(List<PreviousTask> previous, List<ParsedTask> revised) {
        double[][] score = new double[previous.size()][revised.size()];
        for (int i = 0; i < previous.size(); i++) {
            Set<String> a = words(previous.get(i).text().content());
            for (int j = 0; j < revised.size(); j++) {
                double s = overlap(a, words(revised.get(j).content()));
                boolean sameRef = previous.get(i).text().ref() != null
                        && previous.get(i).text().ref().equals(revised.get(j).ref());
                score[i][j] = s >= SAME_TASK || (sameRef && s >= SAME_REF) ? s + (sameRef ? 0.1 : 0) : 0;
            }
        }
        int[] pairOf = pair(score, previous.size(), revised.size());
        List<TaskChange> added = new ArrayList<>();
        List<TaskChange> removed = new ArrayList<>();
        List<TaskChange> changed = new ArrayList<>();
        Set<Integer> pairedRevised = new HashSet<>();
        for (int i = 0; i < previous.size(); i++) {
            PreviousTask p = previous.get(i);
            if (pairOf[i] < 0) {
                removed.add(new TaskChange(p.text().ref(), p.text(), null, List.of(), p.id(), 0, 0));
                continue;
            }
            ParsedTask t = revised.get(pairOf[i]);
            pairedRevised.add(pairOf[i]);
            List<String> fields = differences(p.text(), text(t));
            if (!fields.isEmpty()) {
                changed.add(new TaskChange(t.ref(), p.text(), text(t), fields, p.id(), t.lineFrom(), t.lineTo()));
            }
        }
        for (int j = 0; j < revised.size(); j++) {
            if (!pairedRevised.contains(j)) {
                ParsedTask t = revised.get(j);
                added.add(new TaskChange(t.ref(), null, text(t), List.of(), null, t.lineFrom(), t.lineTo()));
            }
        }
        return new TaskDiff(added, removed, changed, pairedRevised.size() - changed.size());
    }

    /** Greedy: the best-scoring pair first, each task used once. Plans have tens of tasks, so n·m is cheap. */
    private static int[] pair(double[][] score, int n, int m) {
        int[] pairOf = new int[n];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] used = new boolean[m];
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m && pairOf[i] < 0; j++) {
                    if (!used[j] && score[i][j] > best) {
                        best = score[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return pairOf;
            }
            pairOf[bi] = bj;
            used[bj] = true;
        }
    }

    public static TaskText text(ParsedTask t) {
        return new TaskText(t.ref(), t.content(), String.join("; ", t.lead()), String.join("; ", t.coordinating()),
                t.timeframe() == null ? null : t.timeframe().text());
    }

    private static List<String> differences(TaskText before, TaskText after) {
        List<String> fields = new ArrayList<>();
        if (!same(before.content(), after.content())) {
            fields.add("content");
        }
        if (!same(before.lead(), after.lead())) {
            fields.add("lead");
        }
        if (!same(before.coordinating(), after.coordinating())) {
            fields.add("coordinating");
        }
        if (!same(before.timeframe(), after.timeframe())) {
            fields.add("timeframe");
        }
        return fields;
    }

    /** Equal up to spacing and case: a re-typed line break is no change. */
    public static boolean same(String a, String b) {
        return Objects.equals(squash(a), squash(b));
    }

    private static String squash(String s) {
        return s == null || s.isBlank() ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : TextFolding.fold(text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1) {
                words.add(w);
            }
        }
        return words;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
