package vn.ttdn.legal.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.legal.Citation;
import vn.ttdn.legal.CitationFinder;
import vn.ttdn.legal.DocumentNumber;
import vn.ttdn.legal.ImplementationChains;
import vn.ttdn.legal.IssuerScope;
import vn.ttdn.planning.CitationView;
import vn.ttdn.planning.PlanCitationsRecorded;

/**
 * Keeps the citation graph in step with plans: when a plan is recorded, its node is found (by its number) or
 * created, and its outgoing citations are replaced by what it cites now. Runs once the plan's transaction has
 * committed, in its own (inline by default, so the plan's page already shows its links); a failure leaves the
 * publication in the registry, handled again after a restart, and the next save of the plan records it anew.
 */
@Component
class CitationRecorder {

    private final LegalDocumentRepository documents;
    private final LegalDocumentPlanRepository planLinks;
    private final LegalCitationRepository citations;
    private final AuditTrail audit;

    CitationRecorder(LegalDocumentRepository documents, LegalDocumentPlanRepository planLinks,
                     LegalCitationRepository citations, AuditTrail audit) {
        this.documents = documents;
        this.planLinks = planLinks;
        this.citations = citations;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(PlanCitationsRecorded event) {
        LegalDocument node = nodeOf(event);
        citations.deleteByCitingId(node.id);
        Set<Long> linked = new HashSet<>();
        for (CitationView c : event.cited()) {
            Optional<DocumentNumber> number = numberOf(c);
            LegalDocument cited;
            if (number.isPresent()) {
                cited = document(number.get(), event.provinceId());
                cited.learn(c.kind() == null ? number.get().kindFromSymbol() : c.kind(), c.issuer(), c.date(),
                        c.subject());
            } else {
                Optional<Citation> named = namedOf(c);
                if (named.isEmpty()) {
                    continue;
                }
                cited = namedDocument(named.get(), event.provinceId());
            }
            if (!cited.id.equals(node.id) && linked.add(cited.id)) {
                citations.save(new LegalCitation(node.id, cited.id, c.printed()));
            }
        }
        linkChains(event);
        audit.record("LINK_CITATIONS", "LegalDocument", node.id, event.provinceId(),
                "Liên kết " + (event.number() == null ? event.title() : event.number()) + " với "
                        + linked.size() + " văn bản được viện dẫn", null,
                Map.of("planId", event.planId(), "cites", List.copyOf(linked)));
    }

    /**
     * What the plan's title says about documents it cites: "Chương trình 66-CTr/TU … thực hiện Kết luận 57-KL/TW"
     * links the programme to the conclusion, so the chain is walkable without TTĐN holding the programme.
     */
    private void linkChains(PlanCitationsRecorded event) {
        for (ImplementationChains.Chain chain : ImplementationChains.in(event.title())) {
            LegalDocument implementing = document(chain.implementing(), event.provinceId());
            LegalDocument implemented = document(chain.implemented(), event.provinceId());
            if (!citations.existsByCitingIdAndCitedId(implementing.id, implemented.id)
                    && planLinks.findByDocumentId(implementing.id).isEmpty()) {
                citations.save(new LegalCitation(implementing.id, implemented.id, chain.implemented().canonical()));
            }
        }
    }

    /** The plan's node: the document with its number, or the node it already has when it has no number. */
    private LegalDocument nodeOf(PlanCitationsRecorded event) {
        Optional<DocumentNumber> number = DocumentNumber.parse(event.number());
        Optional<LegalDocumentPlan> link = planLinks.findById(event.planId());
        LegalDocument node;
        if (number.isPresent()) {
            node = document(number.get(), event.provinceId());
        } else {
            node = link.map(l -> documents.findById(l.documentId).orElseThrow())
                    .filter(d -> d.numberKey == null && d.nameKey == null).orElseGet(() -> documents.save(new LegalDocument()));
            // A plan without a number is still its province's document, never a central one.
            node.scopeProvinceId = event.provinceId();
        }
        // The plan is the document: what it says about itself wins over what others said when citing it.
        node.kind = event.kind();
        node.subject = LegalDocument.cut(event.title(), 1000);
        node.issuer = event.issuerName() == null ? node.issuer : LegalDocument.cut(event.issuerName(), 300);
        node.issuedOn = event.issuedOn() == null ? node.issuedOn : event.issuedOn();
        node.touch();
        LegalDocumentPlan planLink = link.orElseGet(() -> new LegalDocumentPlan(event.planId(), node.id));
        if (planLink.documentId != node.id && planLinks.findByDocumentId(planLink.documentId).size() == 1) {
            // The plan got another number: what its old node cited was the plan speaking, not that document.
            citations.deleteByCitingId(planLink.documentId);
        }
        planLink.documentId = node.id;
        planLinks.save(planLink);
        return node;
    }

    private LegalDocument document(DocumentNumber number, long citingProvince) {
        Long scope = IssuerScope.provincial(number) ? citingProvince : null;
        return documents.findByNumber(number.key(), scope).orElseGet(() -> {
            LegalDocument d = new LegalDocument();
            d.numberKey = number.key();
            d.number = number.canonical();
            d.scopeProvinceId = scope;
            d.kind = number.kindFromSymbol();
            d.touch();
            LegalDocument saved = documents.saveAndFlush(d);
            audit.record("REGISTER", "LegalDocument", saved.id, scope, "Ghi nhận văn bản " + d.number, null,
                    saved.snapshot());
            return saved;
        });
    }

    /** A document cited by name: known by kind, issuer, date and name; a law is everyone's, a programme its province's. */
    private LegalDocument namedDocument(Citation c, long citingProvince) {
        Long scope = IssuerScope.provincial(c.kind(), c.issuer(), c.subject()) ? citingProvince : null;
        String key = c.key();
        return documents.findByName(key, scope).orElseGet(() -> {
            LegalDocument d = new LegalDocument();
            d.nameKey = key;
            d.scopeProvinceId = scope;
            d.learn(c.kind(), c.issuer(), c.date(), c.subject());
            LegalDocument saved = documents.saveAndFlush(d);
            audit.record("REGISTER", "LegalDocument", saved.id, scope, "Ghi nhận văn bản " + d.subject, null,
                    saved.snapshot());
            return saved;
        });
    }

    /** A citation without a number as intake read it, or read from a hand-typed line ("Luật Báo chí ngày …"). */
    private static Optional<Citation> namedOf(CitationView c) {
        if (c.kind() != null && c.subject() != null && (c.number() == null || c.number().isBlank())) {
            return Optional.of(new Citation(c.kind(), null, c.printed(), c.date(), c.issuer(), c.subject(), 0, 0));
        }
        if (c.printed() == null) {
            return Optional.empty();
        }
        return CitationFinder.findAll(c.printed(), true).stream().findFirst().filter(f -> f.number() == null);
    }

    /** The number as recorded, or found in the printed text (a legal basis typed by hand is one line of text). */
    private static Optional<DocumentNumber> numberOf(CitationView c) {
        if (c.number() != null) {
            Optional<DocumentNumber> parsed = DocumentNumber.parse(c.number());
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        if (c.printed() == null) {
            return Optional.empty();
        }
        return CitationFinder.find(c.printed()).stream().findFirst().map(vn.ttdn.legal.Citation::number);
    }
}
