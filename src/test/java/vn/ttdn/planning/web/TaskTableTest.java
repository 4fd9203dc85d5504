package vn.ttdn.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.AssignmentView;
import vn.ttdn.planning.PlanningLabels;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;
import vn.ttdn.planning.Timeframe;

/** The rows of the task table as Java prepares them for the template. */
class TaskTableTest {

    private final TaskTable table = table();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aLeadAgencysNameIsEscapedAndAnUnknownOneIsMarked() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        TaskView task = task(1, null, List.of(
                new AssignmentView(AssignmentRole.LEAD, 7L, null, "Sở <script>alert(1)</script>", "x"),
                new AssignmentView(AssignmentRole.LEAD, null, null, "Ban \"A\" & B", "Ban \"A\" & B")));

        TaskTable.Rows rows = table.rows(List.of(task), null, false);

        String html = rows.items().get(0).leadHtml();
        assertThat(html).doesNotContain("<script>")
                .contains("<span lang=\"vi\">Sở &lt;script&gt;alert(1)&lt;/script&gt;</span>")
                .contains("<span lang=\"vi\">Ban &quot;A&quot; &amp; B</span>")
                .contains("<span>; </span>")
                .contains("class=\"name-unresolved\"").contains("class=\"name-unresolved-sign\"");
        assertThat(rows.anyUnresolvedLead()).isTrue();
    }

    @Test
    void labelsDatesAndClassesComeInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        TaskView task = task(5, null, List.of());

        TaskTable.Row row = table.rows(List.of(task), Map.of(5L, AssignmentRole.LEAD), false).items().get(0);

        assertThat(row.href()).isEqualTo("/tasks/5");
        assertThat(row.planHref()).isEqualTo("/plans/9");
        assertThat(row.due()).isEqualTo("Due 31/12/2026");
        assertThat(row.statusClass()).isEqualTo("badge badge-status-IN_PROGRESS");
        assertThat(row.partClass()).isEqualTo("badge ms-1 part-badge part-LEAD");
        assertThat(row.percent()).isEqualTo("40%");
        assertThat(row.sectionTitle()).isNull();
    }

    @Test
    void aGroupedTableOpensEachSectionWithItsHeading() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        List<TaskView> tasks = List.of(task(1, 10L, List.of()), task(2, 10L, List.of()), task(3, null, List.of()));

        List<TaskTable.Row> rows = table.rows(tasks, null, true).items();

        assertThat(rows).extracting(TaskTable.Row::sectionTitle)
                .containsExactly("I. Mục 10", null, "Nhiệm vụ không thuộc mục nào");
        assertThat(rows).extracting(TaskTable.Row::sectionLang).containsExactly("vi", null, null);
    }

    @Test
    void theBodyEscapesEveryTextAndKeepsTheCellsAttributes() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        TaskView task = new TaskView(3, 9, "KH <b>x</b>", "1", 1, 4L, "I. <i>Mục</i>", "1", "Việc <script>alert(1)</script>",
                Timeframe.unspecified(null), null, null, TaskStatus.DONE, 100, true, null, List.of(), List.of(), 0);
        TaskTable.Rows rows = table.rows(List.of(task), null, true);

        String body = table.body(rows, true, "Chủ trì", "Thời hạn", "Tiến độ", "Quá hạn");

        assertThat(body).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<i>")
                .contains("Việc &lt;script&gt;alert(1)&lt;/script&gt;");
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse("<table><tbody>" + body + "</tbody></table>");
        assertThat(html.select("tr.section-row th[scope=colgroup][colspan=7][lang=vi]").text()).isEqualTo("I. <i>Mục</i>");
        assertThat(html.select("a.task-clamp").attr("href")).isEqualTo("/tasks/3");
        assertThat(html.select("td[data-label=Chủ trì]")).hasSize(1);
        assertThat(html.select("td[data-label=Tiến độ] span.badge-status-DONE").text()).isEqualTo("Hoàn thành");
        assertThat(html.select("td[data-label=Tiến độ] span.badge-overdue").text()).isEqualTo("Quá hạn");
        assertThat(html.select("td.small.d-md-table-cell a").attr("href")).isEqualTo("/plans/9");
    }

    private static TaskView task(long id, Long sectionId, List<AssignmentView> lead) {
        return new TaskView(id, 9, "Kế hoạch", "12/KH", 1, sectionId, sectionId == null ? null : "I. Mục " + sectionId,
                "1", "Nội dung", new Timeframe(Timeframe.Kind.DUE_BY, "trước 31/12/2026", null,
                LocalDate.of(2026, 12, 31)), null, null, TaskStatus.IN_PROGRESS, 40, false, null, lead, List.of(), 0);
    }

    private static TaskTable table() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/planning", "i18n/tracking", "messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        PlanningLabels labels = org.mockito.Mockito.mock(PlanningLabels.class);
        org.mockito.Mockito.when(labels.timeframe(org.mockito.ArgumentMatchers.any())).thenReturn("trước 31/12/2026");
        return new TaskTable(messages, labels);
    }
}
