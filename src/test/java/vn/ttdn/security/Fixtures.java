package vn.ttdn.security;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ttdn.SampleFiles;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskForm;
import vn.ttdn.tracking.Tracking;
import vn.ttdn.tracking.UpdateForm;
import vn.ttdn.tracking.UploadedFile;

/**
 * The records the permission tests look at, made through the services as the people who would make them: the
 * system user for plans, Sở Ngoại vụ's officer for her progress update with a PDF and her comment.
 */
final class Fixtures {

    /** A tiny but real PDF: evidence must open as a PDF, not only start with "%PDF-". */
    static final byte[] PDF = SampleFiles.pdf();
    static final String UPDATE_NARRATIVE = "Đã tổ chức hội nghị thông tin đối ngoại (bí mật nội bộ)";
    static final String COMMENT_BODY = "Đề nghị Sở Ngoại vụ gửi báo cáo trước ngày 15";

    final Plans plans;

    final Tasks tasks;
    final Tracking tracking;
    final Directory directory;
    final UserDetailsService users;
    final JdbcClient jdbc;

    final long tuyenQuang;
    final long khanhHoa;
    final long haGiang;
    final long ngoaiVuTq;
    final long congAnTq;
    final long ngoaiVuKh;

    /** Provincial draft of Tuyên Quang: only its coordinator and the administrator see it. */
    long provincialDraft;
    /** Issued plan of Tuyên Quang with {@link #issuedTask} led by Sở Ngoại vụ. */
    long issuedPlan;
    long issuedTask;
    /** Sở Ngoại vụ's own draft plan and its task: Công an (agency B) must neither read nor change them. */
    long agencyDraft;
    long agencyDraftTask;
    /** Issued plan of Khánh Hòa with a task led by Sở Ngoại vụ Khánh Hòa. */
    long khanhHoaPlan;
    long khanhHoaTask;
    /** A section of the Khánh Hòa plan: a task of Tuyên Quang cannot be put under it. */
    long khanhHoaSection;
    /** Issued plan of Hà Giang, merged into Tuyên Quang: Tuyên Quang's people inherit it. */
    long haGiangPlan;
    /** Progress update with an evidence file posted by canbo.ngoaivu on {@link #issuedTask}. */
    long update;
    long evidence;
    long comment;

    Fixtures(Plans plans, Tasks tasks, Tracking tracking, Directory directory, UserDetailsService users, JdbcClient jdbc) {
        this.plans = plans;
        this.tasks = tasks;
        this.tracking = tracking;
        this.directory = directory;
        this.users = users;
        this.jdbc = jdbc;
        CurrentUser officer = user("canbo.ngoaivu");
        this.tuyenQuang = officer.provinceId();
        this.ngoaiVuTq = officer.agencyId();
        this.congAnTq = user("canbo.congan").agencyId();
        CurrentUser officerKh = user("canbo.khanhhoa");
        this.khanhHoa = officerKh.provinceId();
        this.ngoaiVuKh = officerKh.agencyId();
        this.haGiang = directory.provinces().stream().filter(p -> p.name().equals("Hà Giang")).map(ProvinceView::id)
                .findFirst().orElseThrow();
    }

    Fixtures create() {
        provincialDraft = SystemUser.call(() -> plan(tuyenQuang, null, "Dự thảo kế hoạch tỉnh " + tag()));
        SystemUser.run(() -> task(provincialDraft, ngoaiVuTq));
        issuedPlan = SystemUser.call(() -> plan(tuyenQuang, null, "Kế hoạch đã ban hành " + tag()));
        issuedTask = SystemUser.call(() -> task(issuedPlan, ngoaiVuTq));
        SystemUser.run(() -> plans.issue(issuedPlan));
        agencyDraft = SystemUser.call(() -> plan(tuyenQuang, ngoaiVuTq, "Dự thảo của Sở Ngoại vụ " + tag()));
        agencyDraftTask = SystemUser.call(() -> task(agencyDraft, ngoaiVuTq));
        khanhHoaPlan = SystemUser.call(() -> plan(khanhHoa, null, "Kế hoạch Khánh Hòa " + tag()));
        khanhHoaTask = SystemUser.call(() -> task(khanhHoaPlan, ngoaiVuKh));
        khanhHoaSection = SystemUser.call(() -> plans.addSection(khanhHoaPlan, "I", "Mục của Khánh Hòa"));
        SystemUser.run(() -> plans.issue(khanhHoaPlan));
        haGiangPlan = jdbc.sql("select id from plan where province_id = ? and status = 'ISSUED' and not archived"
                        + " order by id limit 1").param(haGiang).query(Long.class).optional()
                .orElseGet(() -> {
                    // Hà Giang's agencies closed with the merger, so its plan is marked issued directly.
                    long id = SystemUser.call(() -> plan(haGiang, null, "Kế hoạch Hà Giang " + tag()));
                    jdbc.sql("update plan set status = 'ISSUED' where id = ?").param(id).update();
                    return id;
                });
        update = as("canbo.ngoaivu", () -> {
            UpdateForm form = new UpdateForm();
            form.setPercent(40);
            form.setNarrative(UPDATE_NARRATIVE);
            return tracking.postUpdate(issuedTask, form, List.of(new UploadedFile("bao-cao.pdf", PDF)));
        });
        evidence = jdbc.sql("select id from evidence_file where update_id = ?").param(update).query(Long.class)
                .single();
        comment = as("canbo.ngoaivu", () -> tracking.comment(issuedTask, COMMENT_BODY));
        return this;
    }

    // ---- fresh records for requests that use them up (issue, archive) ----

    long freshProvincialDraftWithTask() {
        return SystemUser.call(() -> {
            long plan = plan(tuyenQuang, null, "Dự thảo để ban hành " + tag());
            task(plan, ngoaiVuTq);
            return plan;
        });
    }

    long freshAgencyDraftWithTask() {
        return SystemUser.call(() -> {
            long plan = plan(tuyenQuang, ngoaiVuTq, "Dự thảo đơn vị để ban hành " + tag());
            task(plan, ngoaiVuTq);
            return plan;
        });
    }

    long freshIssuedPlan() {
        return SystemUser.call(() -> {
            long plan = plan(tuyenQuang, null, "Kế hoạch để lưu trữ " + tag());
            task(plan, ngoaiVuTq);
            plans.issue(plan);
            return plan;
        });
    }

    long freshClosedPlan() {
        return SystemUser.call(() -> {
            long plan = freshIssuedPlan();
            plans.close(plan);
            return plan;
        });
    }

    /** An agency of Tuyên Quang that an administrator may move to another province without harming the rest. */
    long freshAgencyTq() {
        return SystemUser.call(() -> directory.createAgency(vn.ttdn.directory.AgencyForm.of(tuyenQuang,
                vn.ttdn.directory.AgencyKind.OTHER, "Đơn vị thử " + tag(), null)));
    }

    long freshIssuedTask() {
        return SystemUser.call(() -> task(issuedPlan, ngoaiVuTq));
    }

    // ---- helpers ----

    long plan(long province, Long owner, String title) {
        PlanForm form = new PlanForm();
        form.setProvinceId(province);
        form.setOwnerAgencyId(owner);
        form.setTitle(title);
        form.setYear(2026);
        return plans.createPlan(form);
    }

    long task(long plan, long lead) {
        TaskForm form = new TaskForm();
        form.setContent("Tuyên truyền về biển đảo " + tag());
        form.setLead(List.of("A:" + lead));
        return tasks.createTask(plan, form);
    }

    private final java.util.Map<String, TtdnPrincipal> principals = new java.util.concurrent.ConcurrentHashMap<>();

    /** The real principal of a demo user, as sign-in would load it. */
    TtdnPrincipal principal(String username) {
        return principals.computeIfAbsent(username, u -> (TtdnPrincipal) users.loadUserByUsername(u));
    }

    CurrentUser user(String username) {
        return principal(username).user();
    }

    /** Runs service calls as a demo user, the way her request would. */
    <T> T as(String username, Supplier<T> work) {
        TtdnPrincipal principal = principal(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
