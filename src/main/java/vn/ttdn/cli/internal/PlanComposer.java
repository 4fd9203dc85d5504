package vn.ttdn.cli.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.ttdn.cli.internal.PlanPhrases.Citation;
import vn.ttdn.cli.internal.PlanPhrases.Topic;
import vn.ttdn.cli.internal.TaskComposer.PlanContext;
import vn.ttdn.common.TextFolding;
import vn.ttdn.planning.PlanKind;
import vn.ttdn.planning.PlanStatus;

/**
 * A province's plans for one year: the annual TTĐN plan of the people's committee and topical plans,
 * programmes, directives and letters, one of them the coordinator's own. Past years are closed, last year mostly,
 * and the current year's last plan is still a draft.
 */
final class PlanComposer {

    /** Who marks generated plans, so a second run can tell they are there. */
    static final String CREATED_BY = "demo-data";

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final PlanTables tables;
    private final TaskComposer tasks;
    private final LocalDate today;
    private final Scale scale;

    PlanComposer(PlanTables tables, TaskComposer tasks, LocalDate today, Scale scale) {
        this.tables = tables;
        this.tasks = tasks;
        this.today = today;
        this.scale = scale;
    }

    void writeYear(ProvinceDirectory dir, int year, Random random) throws SQLException {
        boolean seaOrBorder = dir.spec().coastal() || dir.spec().border();
        List<Integer> annualSections = seaOrBorder ? List.of(0, 1, 2, 3, 4, 5) : List.of(0, 1, 2, 3, 4);
        LocalDate annualDate = LocalDate.of(year - 1, 12, 20).plusDays(random.nextInt(30));
        PlanContext annual = plan(dir, year, PlanKind.PLAN, PlanPhrases.annualTitle(dir.spec().fullName(), year),
                null, annualDate, false, random);
        writeTasks(annual, annualSections, true, vary(scale.annualPlanTasks(), 0.25, random), random);
        List<Topic> topics = fittingTopics(dir, random);
        for (int i = 1; i < scale.plansPerYear(); i++) {
            Topic topic = topics.get((i - 1) % topics.size());
            boolean lastOfYear = i == scale.plansPerYear() - 1;
            Long owner = topic.agencyOwned() ? dir.coordinator().id() : null;
            LocalDate date = LocalDate.of(year, 1, 15).plusDays(random.nextInt(180));
            PlanContext plan = plan(dir, year, topic.kind(),
                    PlanPhrases.title(topic.title(), dir.spec().fullName(), year), owner, date, lastOfYear, random);
            writeTasks(plan, topic.sections(), random.nextBoolean(), vary(scale.otherPlanTasks(), 0.5, random),
                    random);
        }
    }

    private List<Topic> fittingTopics(ProvinceDirectory dir, Random random) {
        List<Topic> fitting = new ArrayList<>(PlanPhrases.TOPICS.stream()
                .filter(t -> (!t.coastal() || dir.spec().coastal()) && (!t.border() || dir.spec().border()))
                .toList());
        Collections.shuffle(fitting, random);
        return fitting;
    }

    /** A plan with its status; a draft has no issue date, and no issue date lies in the future. */
    private PlanContext plan(ProvinceDirectory dir, int year, PlanKind kind, String title, Long owner,
                             LocalDate planned, boolean lastOfYear, Random random) throws SQLException {
        PlanStatus status = status(year, lastOfYear, random);
        LocalDate issuedOn = status == PlanStatus.DRAFT ? null
                : planned.isBefore(today) ? planned : today.minusDays(7 + random.nextInt(30));
        return writePlan(dir, year, kind, title, owner, status, issuedOn, random);
    }

    private PlanStatus status(int year, boolean lastOfYear, Random random) {
        int current = today.getYear();
        if (year < current - 1) {
            return PlanStatus.CLOSED;
        }
        if (year == current - 1) {
            return random.nextInt(10) < 7 ? PlanStatus.CLOSED : PlanStatus.ISSUED;
        }
        return lastOfYear ? PlanStatus.DRAFT : PlanStatus.ISSUED;
    }

    private PlanContext writePlan(ProvinceDirectory dir, int year, PlanKind kind, String title, Long owner,
                                  PlanStatus status, LocalDate issuedOn, Random random) throws SQLException {
        long id = tables.planIds.next();
        boolean draft = issuedOn == null;
        String issuer = owner != null ? AgencyCatalog.COORDINATOR_NAME : "Ủy ban nhân dân " + dir.spec().fullName();
        String number = draft ? null : number(kind, owner != null, random);
        String[] signer = signer(kind, owner != null);
        String signerName = draft ? null : PeopleNames.next(random);
        String budget = kind == PlanKind.PLAN ? "Kinh phí thực hiện từ nguồn ngân sách " + dir.spec().level()
                + " năm " + year + " giao các cơ quan, đơn vị; nguồn xã hội hóa và các nguồn hợp pháp khác." : null;
        OffsetDateTime created = OffsetDateTime.of(draft ? today.minusDays(3) : issuedOn, LocalTime.of(9, 0), VIETNAM);
        String searchText = TextFolding.foldAll(number, title, issuer, signerName, String.valueOf(year));
        tables.plans.row(id, dir.provinceId(), kind, number, title, issuer, owner, issuedOn,
                draft ? null : signer[0], draft ? null : signer[1], signerName, year, status, budget, true,
                searchText, created, CREATED_BY, created);
        writeCitations(id, draft ? today : issuedOn, random);
        return new PlanContext(id, dir, year, draft ? today : issuedOn, draft, created);
    }

    private void writeCitations(long planId, LocalDate before, Random random) {
        int position = 0;
        for (Citation c : PlanPhrases.CITATIONS) {
            if (c.issuedOn().isBefore(before) && (position == 0 || random.nextBoolean())) {
                tables.citations.row(planId, position++, c.kind(), c.number(), c.printed(), c.issuedOn(),
                        c.issuer(), c.subject());
            }
        }
    }

    /** Tasks spread over the plan's sections, numbered "2.3" within a section or "7" without sections. */
    private void writeTasks(PlanContext plan, List<Integer> sections, boolean withSections, int count, Random random)
            throws SQLException {
        int position = 0;
        for (int s = 0; s < sections.size(); s++) {
            int share = count / sections.size() + (s < count % sections.size() ? 1 : 0);
            Long sectionId = null;
            String sectionRef = String.valueOf(s + 1);
            if (withSections) {
                sectionId = tables.sectionIds.next();
                tables.sections.row(sectionId, plan.planId(), sectionRef, PlanPhrases.SECTIONS.get(sections.get(s)), s);
            }
            for (int i = 0; i < share; i++) {
                String ref = withSections ? sectionRef + "." + (i + 1) : String.valueOf(position + 1);
                TaskPhrases.Template template = TaskPhrases.pick(random, sections.get(s),
                        plan.directory().spec().coastal(), plan.directory().spec().border());
                tasks.write(plan, sectionId, ref, position++, template, random);
            }
        }
    }

    private static String number(PlanKind kind, boolean ownedByAgency, Random random) {
        int n = 5 + random.nextInt(9000);
        if (ownedByAgency) {
            return n + "/" + kind.abbreviation() + "-SVHTTDL";
        }
        return kind == PlanKind.OFFICIAL_LETTER ? n + "/UBND-KGVX" : n + "/" + kind.abbreviation() + "-UBND";
    }

    /** Authority and title of the signature block. */
    private static String[] signer(PlanKind kind, boolean ownedByAgency) {
        if (ownedByAgency) {
            return new String[]{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"};
        }
        return kind == PlanKind.DIRECTIVE ? new String[]{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}
                : new String[]{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"};
    }

    private static int vary(int mean, double spread, Random random) {
        double factor = 1 - spread + random.nextDouble() * 2 * spread;
        return Math.max(3, (int) Math.round(mean * factor));
    }
}
