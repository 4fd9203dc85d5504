package vn.ttdn.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan read from a document (or written by a generator), before it exists: agencies are names as printed,
 * resolved against the directory on import.
 *
 * @param citations other documents the text cites besides its legal basis (for the citation graph only)
 */
public record PlanDraft(long provinceId, PlanKind kind, String number, String title, String issuerName,
                        LocalDate issuedOn, String signerAuthority, String signerTitle, String signerName, int year,
                        String budgetNote, List<CitationView> legalBasis, List<Section> sections, List<Task> tasks,
                        boolean sample, List<CitationView> citations) {

    public PlanDraft {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** A draft that cites nothing beyond its legal basis (generators, older callers). */
    public PlanDraft(long provinceId, PlanKind kind, String number, String title, String issuerName,
                     LocalDate issuedOn, String signerAuthority, String signerTitle, String signerName, int year,
                     String budgetNote, List<CitationView> legalBasis, List<Section> sections, List<Task> tasks,
                     boolean sample) {
        this(provinceId, kind, number, title, issuerName, issuedOn, signerAuthority, signerTitle, signerName, year,
                budgetNote, legalBasis, sections, tasks, sample, List.of());
    }

    public record Section(String ref, String heading) {
    }

    public record Task(String sectionRef, String ref, String content, List<String> lead, List<String> coordinating,
                       Timeframe timeframe, String expectedOutput) {
    }
}
