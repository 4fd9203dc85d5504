package vn.ttdn.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import vn.ttdn.planning.CitationView;

@Entity
class PlanCitation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    int position;
    String kind;
    String number;
    String printed;
    LocalDate issuedOn;
    String issuer;
    String subject;

    static PlanCitation of(int position, CitationView c) {
        PlanCitation p = new PlanCitation();
        p.position = position;
        p.kind = cut(c.kind(), 60);
        p.number = cut(c.number(), 100);
        p.printed = cut(c.printed(), 200);
        p.issuedOn = c.date();
        p.issuer = cut(c.issuer(), 300);
        p.subject = cut(c.subject(), 1000);
        return p;
    }

    CitationView view() {
        return new CitationView(kind, number, printed, issuedOn, issuer, subject);
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
