package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import vn.ttdn.intake.ParsedSection;
import vn.ttdn.intake.extraction.StructureLine.Kind;

/**
 * Classifies the body's lines and finds its headings: "I." (level 1), "1." (2), "1.1." (3) …, and "Điều 1."
 * A numbered line is a heading when items hang under it (bullets, lettered items, deeper numbers, a table) or
 * when a paragraph follows a numbered line that does not end its sentence.
 */
public final class SectionSplitter {

    /** The body as classified lines, the sections, and for each line the ref of its innermost section. */
    public record Structure(List<StructureLine> lines, List<ParsedSection> sections, List<String> sectionOf,
                     List<Boolean> heading) {
    }

    private SectionSplitter() {
    }

    /** {@code text} lines are 0-based; line numbers in the result are 1-based. */
    public static Structure split(List<String> text, int from, int to) {
        List<StructureLine> lines = classify(text, from, to);
        List<ParsedSection> sections = new ArrayList<>();
        List<String> sectionOf = new ArrayList<>();
        List<Boolean> heading = new ArrayList<>();
        String[] stack = new String[12];
        String roman = null;
        for (int i = 0; i < lines.size(); i++) {
            StructureLine l = lines.get(i);
            String ref = null;
            int level = 0;
            if (l.kind() == Kind.ROMAN || l.kind() == Kind.ARTICLE) {
                ref = l.kind() == Kind.ROMAN ? l.label() : "Điều " + l.label();
                roman = ref;
                level = 1;
            } else if (l.kind() == Kind.NUMBER && isHeading(lines, i)) {
                ref = roman == null ? l.label() : roman + "." + l.label();
                level = Math.min(10, 1 + l.label().split("\\.").length);
            }
            heading.add(ref != null);
            if (ref != null) {
                sections.add(new ParsedSection(ref, l.text(), level, l.line(), l.line()));
                stack[level] = ref;
                for (int k = level + 1; k < stack.length; k++) {
                    stack[k] = null;
                }
            }
            sectionOf.add(innermost(stack));
        }
        return new Structure(lines, withEnds(sections, to), sectionOf, heading);
    }

    private static List<StructureLine> classify(List<String> text, int from, int to) {
        List<StructureLine> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String raw = text.get(i);
            if (raw.isBlank()) {
                continue;
            }
            StructureLine l = StructureLine.of(raw, i + 1);
            if (l.kind() == Kind.TABLE_ROW || l.kind() == Kind.ROMAN) {
                lines.add(l);
                continue;
            }
            List<String> parts = FieldLabels.splitInline(raw.strip());
            lines.add(StructureLine.of(parts.get(0), i + 1));
            for (int p = 1; p < parts.size(); p++) {
                lines.add(StructureLine.of(parts.get(p), i + 1));
            }
        }
        return lines;
    }

    static boolean isHeading(List<StructureLine> lines, int i) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        StructureLine l = lines.get(i);
        StructureLine next = lines.get(i + 1);
        return switch (next.kind()) {
            case BULLET, LETTER, TABLE_ROW -> true;
            case NUMBER -> depth(next.label()) > depth(l.label());
            case TEXT -> !endsSentence(l.text());
            default -> false;
        };
    }

    private static boolean endsSentence(String t) {
        return t.endsWith(".") || t.endsWith(";") || t.endsWith("./.");
    }

    private static int depth(String label) {
        return label.split("\\.").length;
    }

    private static String innermost(String[] stack) {
        for (int k = stack.length - 1; k >= 0; k--) {
            if (stack[k] != null) {
                return stack[k];
            }
        }
        return null;
    }

    private static List<ParsedSection> withEnds(List<ParsedSection> sections, int lastLine) {
        List<ParsedSection> out = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            ParsedSection s = sections.get(i);
            int end = lastLine;
            for (int j = i + 1; j < sections.size(); j++) {
                if (sections.get(j).level() <= s.level()) {
                    end = sections.get(j).lineFrom() - 1;
                    break;
                }
            }
            out.add(new ParsedSection(s.ref(), s.heading(), s.level(), s.lineFrom(), Math.max(s.lineFrom(), end)));
        }
        return out;
    }
}
