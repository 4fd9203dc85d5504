package vn.ttdn.intake.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.intake.IntakeReview;
import vn.ttdn.intake.ParsedSection;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.intake.extraction.ProvinceMention;

/**
 * What the review page shows, computed here because templates may not call beans: tasks under their section
 * headings, how each printed name resolved, the agencies and groups a name can be mapped to, and another province
 * the document's header names.
 */
record ReviewPage(IntakeReview review, List<Row> rows, Map<String, NameMatch> names, List<Option> targets,
                  String previousPlanLink, ProvinceMention.Mention otherProvince) {

    /** A task, preceded by the heading of its section when the section starts there. */
    record Row(String sectionHeading, ParsedTask task, int number) {
    }

    /** A choice of the mapping select: "A:12" for an agency, "G:3" for a group. */
    record Option(String value, String label, boolean group) {
    }

    static ReviewPage of(IntakeReview review, Directory directory) {
        Map<String, String> headings = new HashMap<>();
        for (ParsedSection s : review.plan().sections()) {
            headings.put(s.ref(), s.ref() + ". " + s.heading());
        }
        List<Row> rows = new ArrayList<>();
        String section = null;
        int n = 0;
        for (ParsedTask t : review.plan().tasks()) {
            boolean starts = t.sectionRef() != null && !t.sectionRef().equals(section);
            section = t.sectionRef();
            rows.add(new Row(starts ? headings.getOrDefault(section, section) : null, t, ++n));
        }
        Map<String, NameMatch> names = new HashMap<>();
        review.names().forEach(m -> names.put(m.printed(), m));
        List<Option> targets = new ArrayList<>();
        directory.groups(review.provinceId()).forEach(g -> targets.add(new Option("G:" + g.id(), g.name(), true)));
        directory.agencies(review.provinceId(), true)
                .forEach(a -> targets.add(new Option("A:" + a.id(), a.fullName(), false)));
        String previous = review.revision() == null ? null : "/plans/" + review.revision().previousPlanId();
        return new ReviewPage(review, rows, names, targets, previous, otherProvince(review, directory.provinces()));
    }

    /**
     * The province the document's header names when it is neither the one the plan is made in nor one merged into
     * it (a plan of Hà Giang belongs to Tuyên Quang now); null otherwise.
     */
    static ProvinceMention.Mention otherProvince(IntakeReview review, List<ProvinceView> provinces) {
        Map<String, ProvinceView> byName = new HashMap<>();
        provinces.forEach(p -> byName.put(p.name(), p));
        ProvinceMention.Mention mention = ProvinceMention.in(review.plan(), byName.keySet()).orElse(null);
        if (mention == null) {
            return null;
        }
        Map<Long, ProvinceView> byId = new HashMap<>();
        provinces.forEach(p -> byId.put(p.id(), p));
        ProvinceView p = byName.get(mention.province());
        for (int hops = 0; p != null && hops <= provinces.size(); hops++) {
            if (p.id() == review.provinceId()) {
                return null;
            }
            p = p.successorId() == null ? null : byId.get(p.successorId());
        }
        return mention;
    }

    /**
     * The source text line by line in NFC: a letter and its marks as one character, which every font places right
     * (a base letter followed by combining marks is drawn misplaced by many monospace fonts).
     */
    public List<String> lines() {
        return review.lines().stream().map(l -> Normalizer.normalize(l, Normalizer.Form.NFC)).toList();
    }

    /** "ok", "near" or "none": the colour a printed name gets. */
    public String state(String printed) {
        NameMatch m = names.get(printed);
        return m == null || !m.resolved() ? "none" : m.exact() ? "ok" : "near";
    }

    public String resolvedName(String printed) {
        NameMatch m = names.get(printed);
        return m == null ? null : m.resolvedName();
    }

    /** The select's preselected value: the near miss, so confirming it is one click. */
    public String preselected(NameMatch m) {
        return m.agencyId() != null ? "A:" + m.agencyId() : m.groupId() != null ? "G:" + m.groupId() : "";
    }
}
