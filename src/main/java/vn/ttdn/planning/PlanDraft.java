package vn.ttdn.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan read from a document (or written by a generator), before it exists: agencies are names as printed,
 * resolved against the directory on import.
 */
public record PlanDraft(long provinceId, PlanKind kind, String number, String title, String issuerName,
                        LocalDate issuedOn, String signerAuthority, String signerTitle, String signerName, int year,
                        String budgetNote, List<CitationView> legalBasis, List<Section> sections, List<Task> tasks,
                        boolean sample) {

    public record Section(String ref, String heading) {
    }

    public record Task(String sectionRef, String ref, String content, List<String> lead, List<String> coordinating,
                       Timeframe timeframe, String expectedOutput) {
    }
}
