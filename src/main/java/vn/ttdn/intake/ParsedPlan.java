package vn.ttdn.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan document says, extracted without inventing anything: a value the text does not give is null
 * (or an empty list). Line numbers are 1-based into the normalised text the extractor was given.
 *
 * @param year the plan's year: from the title ("năm 2024"), else from the date it was issued
 * @param enactedBy the decision the plan is attached to, when the document is that decision; else null
 */
public record ParsedPlan(String documentType, String number, LocalDate issuedOn, String place, String issuer,
                         String issuerParent, String title, Integer year, List<ParsedCitation> legalBasis,
                         List<ParsedCitation> citations, List<ParsedSection> sections, List<ParsedTask> tasks,
                         List<ReportingDeadline> reportingDeadlines, String budget, ParsedSigner signer,
                         List<String> recipients, ParsedEnactment enactedBy) {

    public ParsedPlan {
        legalBasis = List.copyOf(legalBasis);
        citations = List.copyOf(citations);
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        reportingDeadlines = List.copyOf(reportingDeadlines);
        recipients = List.copyOf(recipients);
    }
}
