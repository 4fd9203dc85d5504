package vn.ttdn.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.unbescape.html.HtmlEscape;
import vn.ttdn.planning.AssignmentView;
import vn.ttdn.planning.PlanningLabels;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;

/**
 * The rows of the task table (fragments/tasks :: table) prepared once in Java: labels in the reader's language,
 * dates formatted, links and css classes decided, so that a row costs the template a few plain {@code th:text}s.
 * Thymeleaf evaluating messages, links and fragments per cell was most of what a list page cost.
 */
@Component("taskTable")
public class TaskTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One task as the table shows it; sectionTitle is set when a section's heading row comes before it. */
    public record Row(String sectionTitle, String sectionLang, String planHref, String planTitle, String ref,
                      String href, String content, String partClass, String partLabel, String leadHtml,
                      String coordinatingNames, String timeframe, String due, String statusClass,
                      String statusLabel, String percent, boolean overdue) {
    }

    public record Rows(List<Row> items, boolean anyUnresolvedLead) {
    }

    private final MessageSource messages;
    private final PlanningLabels labels;

    TaskTable(MessageSource messages, PlanningLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /** parts: the reader's part per task id (my tasks), or null; grouped: a heading row opens each section. */
    public Rows rows(List<TaskView> tasks, Map<Long, ?> parts, boolean grouped) {
        Locale locale = LocaleContextHolder.getLocale();
        Words words = new Words(locale);
        String context = contextPath();
        List<Row> rows = new ArrayList<>(tasks.size());
        boolean anyUnresolved = false;
        for (int i = 0; i < tasks.size(); i++) {
            TaskView t = tasks.get(i);
            boolean opensSection = grouped && (i == 0 || !Objects.equals(tasks.get(i - 1).sectionId(), t.sectionId()));
            Object part = parts == null ? null : parts.get(t.id());
            anyUnresolved |= t.hasUnresolvedLead();
            rows.add(new Row(
                    opensSection ? (t.sectionHeading() != null ? t.sectionHeading() : words.noSection) : null,
                    opensSection && t.sectionHeading() != null ? "vi" : null,
                    context + "/plans/" + t.planId(), t.planTitle(), t.ref(), context + "/tasks/" + t.id(),
                    t.content(), part == null ? null : "badge ms-1 part-badge part-" + part,
                    part == null ? null : words.message("myTasks.part." + part),
                    leadHtml(t.lead(), words), t.coordinatingNames(), labels.timeframe(t.timeframe()),
                    t.dueDate() == null ? null : words.due + " " + DAY.format(t.dueDate()),
                    "badge badge-status-" + t.status(), words.status(t.status()), t.percent() + "%", t.overdue()));
        }
        return new Rows(rows, anyUnresolved);
    }

    /**
     * The rows as the table's markup, every text escaped as th:text does: written in Java, 50 rows cost next to
     * nothing, where Thymeleaf spent more on them than on the rest of the page. The column labels (data-label, for
     * phones) come in the reader's language.
     */
    public String body(Rows rows, boolean showPlan, String leadLabel, String timeframeLabel, String progressLabel,
                       String overdueLabel) {
        StringBuilder html = new StringBuilder(rows.items().size() * 1200);
        for (Row r : rows.items()) {
            if (r.sectionTitle() != null) {
                html.append("<tr class=\"section-row\"><th scope=\"colgroup\" colspan=\"").append(showPlan ? 7 : 6)
                        .append('"').append(r.sectionLang() == null ? "" : " lang=\"" + r.sectionLang() + "\"")
                        .append('>').append(escape(r.sectionTitle())).append("</th></tr>\n");
            }
            html.append("<tr>\n");
            if (showPlan) {
                html.append("  <td class=\"small d-none d-md-table-cell\"><a href=\"").append(escape(r.planHref()))
                        .append("\">").append(escape(r.planTitle())).append("</a></td>\n");
            }
            html.append("  <td class=\"d-none d-sm-table-cell\">").append(escape(r.ref())).append("</td>\n")
                    .append("  <td class=\"task-content\"><a class=\"task-clamp\" href=\"").append(escape(r.href()))
                    .append("\">").append(escape(r.content())).append("</a>");
            if (r.partClass() != null) {
                html.append("<span class=\"").append(escape(r.partClass())).append("\">").append(escape(r.partLabel()))
                        .append("</span>");
            }
            if (showPlan) {
                html.append("<div class=\"small text-muted d-md-none\">").append(escape(r.planTitle())).append("</div>");
            }
            html.append("</td>\n  <td class=\"small\" data-label=\"").append(escape(leadLabel)).append("\">")
                    .append(r.leadHtml()).append("</td>\n  <td class=\"small d-none d-md-table-cell\">")
                    .append(escape(r.coordinatingNames())).append("</td>\n  <td class=\"small\" data-label=\"")
                    .append(escape(timeframeLabel)).append("\">\n    <span>").append(escape(r.timeframe())).append("</span>\n");
            if (r.due() != null) {
                html.append("    <div class=\"text-muted\">").append(escape(r.due())).append("</div>\n");
            }
            html.append("  </td>\n  <td class=\"small text-md-nowrap\" data-label=\"").append(escape(progressLabel))
                    .append("\">\n    <span class=\"").append(escape(r.statusClass())).append("\">")
                    .append(escape(r.statusLabel())).append("</span>\n    <span>").append(escape(r.percent()))
                    .append("</span>\n");
            if (r.overdue()) {
                html.append("    <span class=\"badge badge-overdue\">").append(escape(overdueLabel)).append("</span>\n");
            }
            html.append("  </td>\n</tr>\n");
        }
        return html.toString();
    }

    /**
     * The lead agencies as fragments/tasks :: agencyName marks them, each name escaped: a name the directory does
     * not know carries a sign, a tooltip and words for a screen reader.
     */
    static String leadHtml(List<AssignmentView> lead, Words words) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < lead.size(); i++) {
            AssignmentView a = lead.get(i);
            html.append("<span>");
            if (a.resolved()) {
                html.append("<span>");
            } else {
                html.append("<span class=\"name-unresolved\" title=\"").append(words.unresolvedTitle).append("\">");
            }
            html.append("<span lang=\"vi\">").append(escape(a.name())).append("</span>");
            if (!a.resolved()) {
                html.append("<span class=\"name-unresolved-sign\" aria-hidden=\"true\">?</span>")
                        .append("<span class=\"visually-hidden\">").append(words.unresolved).append("</span>");
            }
            html.append("</span>");
            if (i < lead.size() - 1) {
                html.append("<span>; </span>");
            }
            html.append("</span>");
        }
        return html.toString();
    }

    /** As th:text escapes: only what is significant to markup. */
    static String escape(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
    }

    private static String contextPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getContextPath();
        }
        return "";
    }

    /** The words a table needs, looked up once per table rather than per row. */
    final class Words {
        private final Locale locale;
        private final Map<TaskStatus, String> statuses = new EnumMap<>(TaskStatus.class);
        final String noSection;
        final String due;
        final String unresolvedTitle;
        final String unresolved;

        Words(Locale locale) {
            this.locale = locale;
            this.noSection = message("plan.noSection");
            this.due = message("task.due");
            this.unresolvedTitle = escape(message("names.unresolved.title"));
            this.unresolved = escape(" (" + message("names.unresolved") + ")");
        }

        String message(String key) {
            return messages.getMessage(key, null, locale);
        }

        String status(TaskStatus status) {
            return statuses.computeIfAbsent(status, s -> message("status." + s));
        }
    }
}
