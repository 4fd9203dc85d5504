package vn.ttdn.intake;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.ttdn.planning.CitationView;
import vn.ttdn.planning.PlanDraft;
import vn.ttdn.planning.PlanKind;

/** Turns what a document says into a draft plan for a province, ready for the user to review and import. */
public final class PlanDrafts {

    private PlanDrafts() {
    }

    public static PlanDraft of(ParsedPlan parsed, long provinceId, boolean sample) {
        List<PlanDraft.Section> sections = parsed.sections().stream()
                .map(s -> new PlanDraft.Section(s.ref(), s.heading())).toList();
        List<PlanDraft.Task> tasks = parsed.tasks().stream()
                .map(t -> new PlanDraft.Task(t.sectionRef(), t.ref(), t.content(), t.lead(), t.coordinating(),
                        t.timeframe(), t.expectedOutput())).toList();
        ParsedSigner signer = parsed.signer();
        return new PlanDraft(provinceId, PlanKind.fromLabel(parsed.documentType()), parsed.number(), parsed.title(),
                parsed.issuer(), parsed.issuedOn(), signer == null ? null : signer.authority(),
                signer == null ? null : signer.title(), signer == null ? null : signer.name(), year(parsed),
                parsed.budget(), parsed.legalBasis().stream().map(PlanDrafts::citation).toList(), sections, tasks,
                sample, otherCitations(parsed));
    }

    /**
     * The plan's year as printed; when the document gives none (a news article dated "Ngày 25/9"), the year of
     * the newest document it cites, since a plan implements documents issued before it.
     */
    public static int year(ParsedPlan parsed) {
        if (parsed.year() != null) {
            return parsed.year();
        }
        if (parsed.issuedOn() != null) {
            return parsed.issuedOn().getYear();
        }
        return parsed.citations().stream().map(ParsedCitation::date).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(LocalDate::getYear).orElse(LocalDate.now().getYear());
    }

    /** What the body cites beyond the legal basis: the citation graph links the plan to those documents too. */
    private static List<CitationView> otherCitations(ParsedPlan parsed) {
        java.util.Set<String> basis = new java.util.HashSet<>();
        parsed.legalBasis().forEach(c -> basis.add(c.number()));
        return parsed.citations().stream().filter(c -> c.number() != null && !basis.contains(c.number()))
                .map(PlanDrafts::citation).toList();
    }

    private static CitationView citation(ParsedCitation c) {
        return new CitationView(c.kind(), c.number(), c.printed(), c.date(), c.issuer(), c.subject());
    }
}
