package vn.ttdn.legal.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.Directory;
import vn.ttdn.legal.LegalDocumentSummary;
import vn.ttdn.legal.LegalDocumentView;
import vn.ttdn.legal.LegalDocumentView.Link;
import vn.ttdn.legal.LegalDocumentView.PlanRef;
import vn.ttdn.legal.LegalRegistry;

/**
 * Reading the citation graph. Plans are shown through {@link PlanRefs}, which leaves out what the user may not
 * read; a node that is only an unreadable plan (a draft of another province) is not found at all.
 */
@Service
@Transactional(readOnly = true)
class LegalRegistryService implements LegalRegistry {

    private static final Map<String, String> SORTS = Map.of(
            "number", "d.number", "issuedOn", "d.issuedOn", "kind", "d.kind", "updatedAt", "d.updatedAt");

    private static final Comparator<String> VIETNAMESE = vn.ttdn.common.VietnameseOrder.NAMES;

    private final LegalDocumentRepository documents;
    private final LegalDocumentPlanRepository planLinks;
    private final LegalCitationRepository citations;
    private final PlanRefs planRefs;
    private final Directory directory;
    private final EntityManager em;

    LegalRegistryService(LegalDocumentRepository documents, LegalDocumentPlanRepository planLinks,
                         LegalCitationRepository citations, PlanRefs planRefs, Directory directory,
                         EntityManager em) {
        this.documents = documents;
        this.planLinks = planLinks;
        this.citations = citations;
        this.planRefs = planRefs;
        this.directory = directory;
        this.em = em;
    }

    @Override
    public PageResult<LegalDocumentSummary> documents(ListQuery query) {
        // Only documents somebody cites: a plan's own node is reached from the plan (its readers are checked there).
        String where = " where (d.numberKey is not null or d.nameKey is not null) and exists (select 1 from LegalCitation c where c.citedId = d.id)"
                + (query.hasText() ? " and d.searchText like :q escape '\\'" : "");
        String order = SORTS.getOrDefault(query.sort(), "d.number") + (query.descending() ? " desc" : " asc");
        var select = em.createQuery("select d from LegalDocument d" + where + " order by " + order + ", d.id",
                LegalDocument.class);
        var count = em.createQuery("select count(d) from LegalDocument d" + where, Long.class);
        if (query.hasText()) {
            select.setParameter("q", query.likePattern());
            count.setParameter("q", query.likePattern());
        }
        List<LegalDocumentSummary> items = new ArrayList<>();
        for (LegalDocument d : select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList()) {
            items.add(new LegalDocumentSummary(d.id, d.number, d.kind, d.issuer, d.issuedOn, d.subject,
                    provinceName(d.scopeProvinceId), citingLinks(d.id).size(),
                    !planRefs.readable(planIds(d.id)).isEmpty()));
        }
        return new PageResult<>(items, query.page(), query.size(), count.getSingleResult());
    }

    @Override
    public LegalDocumentView document(long id) {
        LegalDocument d = documents.findById(id).orElseThrow(() -> new NotFoundException("legal.what.document"));
        List<Long> ownPlanIds = planIds(id);
        List<PlanRef> plans = planRefs.readable(ownPlanIds);
        List<Link> citedBy = citingLinks(id);
        if (!ownPlanIds.isEmpty() && plans.isEmpty() && citedBy.isEmpty()) {
            throw new NotFoundException("legal.what.document");
        }
        List<Link> cites = plans.isEmpty() && !ownPlanIds.isEmpty() ? List.of()
                : links(citations.findByCitingId(id), false);
        TreeSet<String> provinces = new TreeSet<>(VIETNAMESE);
        citedBy.forEach(l -> l.plans().forEach(p -> provinces.add(p.provinceName())));
        citations.findByCitedId(id).forEach(c -> documents.findById(c.citingId)
                .map(x -> provinceName(x.scopeProvinceId)).ifPresent(n -> {
                    if (n != null) {
                        provinces.add(n);
                    }
                }));
        return new LegalDocumentView(d.id, d.number, d.kind, d.issuer, d.issuedOn, d.subject,
                provinceName(d.scopeProvinceId), plans, cites, citedBy, List.copyOf(provinces));
    }

    @Override
    public Optional<Long> documentOfPlan(long planId) {
        // A plan the user may not read has no place in the graph for her: not even its document's id.
        if (planRefs.readable(List.of(planId)).isEmpty()) {
            return Optional.empty();
        }
        return planLinks.findById(planId).map(l -> l.documentId);
    }

    /**
     * What cites a document, as both the list's count and the page's list show it: distinct citing documents,
     * without the plans the user may not read.
     */
    private List<Link> citingLinks(long documentId) {
        return links(citations.findByCitedId(documentId), true);
    }

    /** The other ends of citations; a citing node that is only unreadable plans is left out. */
    private List<Link> links(List<LegalCitation> edges, boolean citing) {
        List<Link> links = new ArrayList<>();
        for (LegalCitation c : edges) {
            long otherId = citing ? c.citingId : c.citedId;
            LegalDocument other = documents.findById(otherId).orElseThrow();
            List<Long> ids = planIds(otherId);
            List<PlanRef> plans = planRefs.readable(ids);
            if (citing && !ids.isEmpty() && plans.isEmpty()) {
                continue;
            }
            links.add(new Link(other.id, other.number, other.kind, other.subject, c.printed, plans));
        }
        links.sort(Comparator.comparing((Link l) -> l.number() == null ? "~" : l.number()));
        return links;
    }

    private List<Long> planIds(long documentId) {
        return planLinks.findByDocumentId(documentId).stream().map(l -> l.planId).sorted().toList();
    }

    private String provinceName(Long provinceId) {
        return provinceId == null ? null : directory.province(provinceId).name();
    }
}
