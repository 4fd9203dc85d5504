package vn.ttdn.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan entered TTĐN (imported from a document or written by hand) or its number or legal basis changed:
 * the citation graph links it to the documents it cites. Published inside the changing transaction.
 *
 * @param kind  the kind's Vietnamese label ("Kế hoạch")
 * @param cited its legal basis and, for an imported document, every other document its text cites
 */
public record PlanCitationsRecorded(long planId, long provinceId, String kind, String number, String title,
                                    String issuerName, LocalDate issuedOn, List<CitationView> cited) {

    public PlanCitationsRecorded {
        cited = List.copyOf(cited);
    }
}
