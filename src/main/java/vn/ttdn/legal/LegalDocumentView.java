package vn.ttdn.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * A document of the citation graph.
 *
 * @param plans              the plans of TTĐN that are this document (a revision adds one), readable ones only
 * @param cites              documents it cites
 * @param citedBy            documents that cite it, each with its plans
 * @param implementingProvinces names of the provinces whose plans cite it
 */
public record LegalDocumentView(long id, String number, String kind, String issuer, LocalDate issuedOn,
                                String subject, String provinceName, List<PlanRef> plans, List<Link> cites,
                                List<Link> citedBy, List<String> implementingProvinces) {

    /** A plan of TTĐN, as far as the graph shows it. */
    public record PlanRef(long planId, String title, String number, String provinceName, String status) {
    }

    /** The other end of a citation. */
    public record Link(long documentId, String number, String kind, String subject, String printed,
                       List<PlanRef> plans) {
    }

    public String displayName() {
        if (number != null) {
            return (kind == null ? "" : kind + " ") + number;
        }
        return plans.isEmpty() ? String.valueOf(subject) : plans.get(0).title();
    }
}
