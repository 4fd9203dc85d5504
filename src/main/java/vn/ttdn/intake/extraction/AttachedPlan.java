package vn.ttdn.intake.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.ttdn.legal.Citation;
import vn.ttdn.legal.CitationFinder;
import vn.ttdn.legal.DocumentNumber;

/**
 * A decision that promulgates a plan ("QUYẾT ĐỊNH Về việc ban hành Kế hoạch …", "Điều 1. Ban hành kèm theo Quyết
 * định này Kế hoạch …") followed by the plan itself under its own heading ("KẾ HOẠCH …", "(Ban hành kèm theo Quyết
 * định số …/QĐ-UBND ngày …)"). The plan is what is tracked: its type, title and tasks become the document's, the
 * decision's header and "Căn cứ" lines stay the legal basis, and the decision is kept as {@code enactedBy}.
 */
final class AttachedPlan {

    private static final List<String> PLAN_TYPES = List.of("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH",
            "ĐỀ ÁN", "PHƯƠNG ÁN", "QUY CHẾ", "QUY ĐỊNH", "HƯỚNG DẪN");

    /** How far above "(Ban hành kèm theo …)" the plan's type line may be. */
    private static final int HEADING_LINES = 6;

    private AttachedPlan() {
    }

    /** {@code h} with the attached plan's type, title and task lines when {@code h} is such a decision. */
    static HeaderExtractor.Header promulgated(List<String> lines, HeaderExtractor.Header h) {
        if (!"Quyết định".equals(h.documentType())) {
            return uploadedAlone(lines, h);
        }
        int from = Math.max(h.bodyFrom(), h.titleTo() + 1);
        for (int i = from; i < lines.size(); i++) {
            if (HeaderTitle.isAttachment(lines.get(i).strip())) {
                HeaderExtractor.Header attached = attachedAt(lines, h, from, i);
                if (attached != null) {
                    return attached;
                }
            }
        }
        return h;
    }

    private static HeaderExtractor.Header attachedAt(List<String> lines, HeaderExtractor.Header h, int from,
                                                     int note) {
        for (int j = note - 1; j >= Math.max(from, note - HEADING_LINES); j--) {
            String t = lines.get(j).strip();
            String type = planType(t);
            if (type == null) {
                continue;
            }
            StringBuilder title = new StringBuilder(t.substring(type.length()).strip());
            for (int k = j + 1; k < note; k++) {
                String line = lines.get(k).strip();
                if (!line.isEmpty()) {
                    title.append(title.length() > 0 ? " " : "").append(line);
                }
            }
            Citation decision = decisionCited(lines.get(note));
            DocumentNumber number = h.number() != null ? h.number() : decision == null ? null : decision.number();
            LocalDate date = h.issuedOn() != null ? h.issuedOn() : decision == null ? null : decision.date();
            HeaderExtractor.Enacting by = new HeaderExtractor.Enacting(h.documentType(), number, date, h.title());
            int titleFrom = title.length() > 0 && t.length() == type.length() ? j + 1 : j;
            return new HeaderExtractor.Header(HeaderExtractor.sentenceCase(type), number, date, h.place(),
                    h.issuer(), h.issuerParent(), title.length() == 0 ? null : title.toString(), titleFrom,
                    Math.max(titleFrom, note - 1), h.preambleFrom(), h.bodyFrom(), by, note + 1,
                    date == null ? h.issuedYear() : Integer.valueOf(date.getYear()));
        }
        return null;
    }

    /**
     * The attached plan uploaded without its decision: "(Ban hành kèm theo Quyết định số … ngày …)" under its title
     * names the decision, which gives the plan the number and date it does not print itself.
     */
    private static HeaderExtractor.Header uploadedAlone(List<String> lines, HeaderExtractor.Header h) {
        if (h.titleFrom() < 0 || h.documentType() == null || planType(h.documentType().toUpperCase(Locale.ROOT)) == null) {
            return h;
        }
        for (int i = h.titleTo() + 1; i < Math.min(lines.size(), h.titleTo() + 3); i++) {
            String t = lines.get(i).strip();
            Citation decision = HeaderTitle.isAttachment(t) ? decisionCited(t) : null;
            if (decision != null) {
                DocumentNumber number = h.number() != null ? h.number() : decision.number();
                LocalDate date = h.issuedOn() != null ? h.issuedOn() : decision.date();
                HeaderExtractor.Enacting by = new HeaderExtractor.Enacting("Quyết định", decision.number(),
                        decision.date(), null);
                return new HeaderExtractor.Header(h.documentType(), number, date, h.place(), h.issuer(),
                        h.issuerParent(), h.title(), h.titleFrom(), h.titleTo(), Math.max(h.preambleFrom(), i + 1),
                        h.bodyFrom(), by, h.tasksFrom(), date == null ? h.issuedYear()
                        : Integer.valueOf(date.getYear()));
            }
            if (!t.isEmpty()) {
                break;
            }
        }
        return h;
    }

    /**
     * The plan type a heading line opens with, in capitals: "KẾ HOẠCH" or "KẾ HOẠCH Thông tin …"; or the type alone
     * on its line in any case ("Kế hoạch", as a Word style that is not all caps prints it); null if none.
     */
    private static String planType(String printed) {
        String t = HeaderCells.folded(printed);
        String upper = t.toUpperCase(Locale.ROOT);
        for (String type : PLAN_TYPES) {
            if (upper.equals(type)) {
                return type;
            }
            if (t.startsWith(type) && (t.length() == type.length() || t.charAt(type.length()) == ' ')
                    && upper.startsWith(type)) {
                return type;
            }
        }
        return null;
    }

    private static Citation decisionCited(String line) {
        for (Citation c : CitationFinder.find(line)) {
            if ("Quyết định".equals(c.kind())) {
                return c;
            }
        }
        return null;
    }
}
