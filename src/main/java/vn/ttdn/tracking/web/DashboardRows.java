package vn.ttdn.tracking.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.unbescape.html.HtmlEscape;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.tracking.Dashboard;

/**
 * The rows of a dashboard's tables (tracking/dashboard-parts :: rows) as markup written in Java: a province's
 * dashboard has a row per agency and per plan (hundreds), and Thymeleaf evaluating seven expressions a row was
 * most of what the page cost once its numbers are kept per state of the data. Labels are escaped as th:text does.
 */
@Component("dashboardRows")
public class DashboardRows {

    /**
     * linkAgencies: the rows are agencies, each linking to its overview where the reader may open it (she follows
     * every agency of the province, or it is her own).
     */
    public String html(List<Dashboard.Row> rows, boolean linkAgencies, boolean followsAgencies) {
        return markup(rows, linkAgencies, followsAgencies, linkAgencies ? CurrentUser.get().agencyId() : null,
                contextPath());
    }

    static String markup(List<Dashboard.Row> rows, boolean linkAgencies, boolean followsAgencies, Long ownAgency,
                         String context) {
        StringBuilder html = new StringBuilder(rows.size() * 300);
        for (Dashboard.Row r : rows) {
            boolean linked = linkAgencies && r.id() != null && r.id() > 0
                    && (followsAgencies || r.id().equals(ownAgency));
            html.append("<tr>\n      <th scope=\"row\" class=\"fw-normal\" lang=\"vi\">");
            if (linked) {
                html.append("<a href=\"").append(context).append("/dashboard/agency/").append(r.id()).append("\">")
                        .append(escape(r.label())).append("</a>");
            } else {
                html.append("<span>").append(r.label() == null ? "—" : escape(r.label())).append("</span>");
            }
            html.append("</th>\n      <td class=\"text-end d-none d-sm-table-cell\">").append(r.tasks())
                    .append("</td>\n      <td class=\"text-end\">").append(r.done())
                    .append("</td>\n      <td class=\"text-end\">").append(r.open())
                    .append("</td>\n      <td class=\"text-end").append(r.overdue() > 0 ? " text-danger" : "")
                    .append("\">").append(r.overdue())
                    .append("</td>\n      <td class=\"text-end d-none d-sm-table-cell\">").append(r.averagePercent())
                    .append("%</td>\n    </tr>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
    }

    private static String contextPath() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getContextPath() : "";
    }
}
