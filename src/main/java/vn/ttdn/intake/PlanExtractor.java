package vn.ttdn.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdn.intake.extraction.Closing;
import vn.ttdn.intake.extraction.HeaderExtractor;
import vn.ttdn.intake.extraction.PreambleItems;
import vn.ttdn.intake.extraction.ReportingDeadlines;
import vn.ttdn.intake.extraction.SectionSplitter;
import vn.ttdn.intake.extraction.TaskExtractor;
import vn.ttdn.legal.Citation;
import vn.ttdn.legal.CitationFinder;
import vn.ttdn.legal.DocumentNumber;

/**
 * Turns the normalised text of a plan into a {@link ParsedPlan}. Pure and stateless; safe to share.
 * Works line by line with small scanners, so any input finishes in time proportional to its length.
 */
public final class PlanExtractor {

    private static final Pattern TITLE_YEAR = Pattern.compile("(?:năm|NĂM)\\s*((?:19|20)\\d{2})");

    public ParsedPlan extract(String normalizedText) {
        List<String> lines = Arrays.asList((normalizedText == null ? "" : normalizedText).split("\n", -1));
        HeaderExtractor.Header h = HeaderExtractor.extract(lines);
        Integer year = planYear(h);
        int bodyEnd = Closing.bodyEnd(lines, Math.max(h.tasksFrom(), h.titleTo() + 1));
        SectionSplitter.Structure structure = SectionSplitter.split(lines, h.tasksFrom(), bodyEnd);
        List<ParsedTask> tasks = TaskExtractor.extract(structure, year);
        Map<String, ParsedCitation> citations = citations(lines, 0, lines.size(), h.number());
        List<ParsedCitation> legalBasis = legalBasis(lines, h);
        // What the preamble cites by name only (a law and its date) is cited by the document too.
        legalBasis.stream().filter(c -> c.number() == null)
                .forEach(c -> citations.putIfAbsent("~" + c.lineFrom() + c.printed(), c));
        return new ParsedPlan(h.documentType(), h.number() == null ? null : h.number().canonical(), h.issuedOn(),
                h.place(), h.issuer(), h.issuerParent(), h.title(), year, legalBasis,
                new ArrayList<>(citations.values()), structure.sections(), tasks, ReportingDeadlines.find(lines),
                budget(lines, structure.sections()), Closing.signer(lines, bodyEnd),
                Closing.recipients(lines, bodyEnd), enactment(h.enactedBy()));
    }

    private static ParsedEnactment enactment(HeaderExtractor.Enacting e) {
        return e == null ? null : new ParsedEnactment(e.kind(), e.number() == null ? null : e.number().canonical(),
                e.date(), e.title());
    }

    private static Integer planYear(HeaderExtractor.Header h) {
        if (h.title() != null) {
            Matcher m = TITLE_YEAR.matcher(h.title());
            Integer last = null;
            while (m.find()) {
                last = Integer.valueOf(m.group(1));
            }
            if (last != null) {
                return last;
            }
        }
        return h.issuedOn() != null ? Integer.valueOf(h.issuedOn().getYear()) : h.issuedYear();
    }

    /** The documents the preamble rests on ("Căn cứ …", "Thực hiện …"); the title's when there is no preamble. */
    private static List<ParsedCitation> legalBasis(List<String> lines, HeaderExtractor.Header h) {
        Map<String, ParsedCitation> basis = new LinkedHashMap<>();
        // A decision's body may have no marker the header knows ("ĐIỀU 1.", or only "QUYẾT ĐỊNH:"): then the
        // preamble runs until its enacting words.
        int end = h.bodyFrom() > h.preambleFrom() ? h.bodyFrom() : lines.size();
        // A copy flattened onto one line has its preamble on the header's own line, after the title.
        int from = end <= h.preambleFrom() && h.titleTo() >= 0 ? h.titleTo() : h.preambleFrom();
        for (PreambleItems.Item item : PreambleItems.in(lines, from, end)) {
            // Laws and programmes are cited by name too: such a citation has no number.
            for (Citation c : CitationFinder.findAll(item.text(), true)) {
                if (!isOwn(c, h.number())) {
                    basis.merge(c.key(), toParsed(c, item.lineFrom() + 1, item.lineTo() + 1), PlanExtractor::fillIn);
                }
            }
        }
        if (basis.isEmpty() && h.titleFrom() >= 0) {
            String title = h.title() == null ? "" : h.title();
            for (Citation c : CitationFinder.find(title)) {
                if (!isOwn(c, h.number())) {
                    basis.putIfAbsent(c.number().key(), toParsed(c, h.titleFrom() + 1, h.titleTo() + 1));
                }
            }
        }
        return new ArrayList<>(basis.values());
    }

    /** Each cited document once, first mention first, later mentions filling in a missing date or issuer. */
    private static Map<String, ParsedCitation> citations(List<String> lines, int from, int to, DocumentNumber own) {
        Map<String, ParsedCitation> out = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            for (Citation c : CitationFinder.find(lines.get(i))) {
                if (isOwn(c, own)) {
                    continue;
                }
                ParsedCitation p = toParsed(c, i + 1, i + 1);
                out.merge(c.key(), p, PlanExtractor::fillIn);
            }
        }
        return out;
    }

    private static ParsedCitation fillIn(ParsedCitation first, ParsedCitation later) {
        return new ParsedCitation(first.kind(), first.number(), first.printed(),
                first.date() != null ? first.date() : later.date(),
                first.issuer() != null ? first.issuer() : later.issuer(),
                first.subject() != null ? first.subject() : later.subject(), first.lineFrom(), first.lineTo(),
                first.printedNumber());
    }

    private static boolean isOwn(Citation c, DocumentNumber own) {
        return own != null && c.number() != null && c.number().key().equals(own.key());
    }

    private static ParsedCitation toParsed(Citation c, int lineFrom, int lineTo) {
        return new ParsedCitation(c.kind(), c.number() == null ? null : c.number().canonical(), c.printed(), c.date(),
                c.issuer(), c.subject(), lineFrom, lineTo, c.number() == null ? null : c.number().printed());
    }

    /** The text of a "KINH PHÍ …" section, without its heading; null when there is none. */
    private static String budget(List<String> lines, List<ParsedSection> sections) {
        for (ParsedSection s : sections) {
            if (s.heading().toUpperCase(Locale.ROOT).startsWith("KINH PHÍ") && s.lineTo() > s.lineFrom()) {
                StringBuilder sb = new StringBuilder();
                for (int i = s.lineFrom(); i < s.lineTo() && i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        sb.append(sb.length() > 0 ? "\n" : "").append(lines.get(i).strip());
                    }
                }
                return sb.length() == 0 ? null : sb.toString();
            }
        }
        return null;
    }
}
