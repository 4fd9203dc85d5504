package vn.ttdn.planning.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.util.StringUtils;
import org.unbescape.html.HtmlEscape;
import vn.ttdn.changes.DataChanges;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PerDataState;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.Plans;

/**
 * The option lists of the task list's filters (a province's ~200 agencies, the plans the reader sees) as markup
 * built once per state of the reader's data, every name escaped: rendering them option by option was a large part
 * of what the page cost. Only the selected option is marked per request.
 */
@Component
class FilterOptions {

    /** One option: its value and the words shown. */
    record Option(long value, String text) {
    }

    private final Directory directory;
    private final Plans plans;
    private final PerDataState<Object, String> options;

    FilterOptions(Directory directory, Plans plans, DataChanges changes) {
        this.directory = directory;
        this.plans = plans;
        this.options = new PerDataState<>(() -> changes.versionOf(CurrentUser.get().provincesRead()), 10_000);
    }

    /** The working agencies of the user's province (of every working province for an administrator without one). */
    String agencies(Long selected) {
        Long province = CurrentUser.get().provinceId();
        String html = options.get(List.of("agencies", String.valueOf(province)), () -> markup(agencyOptions(province)));
        return select(html, selected);
    }

    /** The plans the user sees, newest year first; keyed by the user (role, agency, province), as they decide. */
    String plans(Long selected) {
        String html = options.get(List.of("plans", CurrentUser.get()), () -> markup(planOptions()));
        return select(html, selected);
    }

    private List<Option> agencyOptions(Long province) {
        List<AgencyView> agencies = province != null ? directory.agencies(province, true)
                : directory.provinces().stream().filter(ProvinceView::active)
                        .flatMap(p -> directory.agencies(p.id(), true).stream()).toList();
        return agencies.stream().map(a -> new Option(a.id(), a.fullName())).toList();
    }

    private List<Option> planOptions() {
        return plans.plans(null, null, null, ListQuery.of(null, "year", "desc", 0, 200)).items().stream()
                .map(p -> new Option(p.id(), p.year() + " · " + (p.number() != null ? p.number() : "") + " "
                        + StringUtils.abbreviate(p.title(), 90)))
                .toList();
    }

    /** The options as th:each with th:value and th:text would write them: the text escaped as th:text does. */
    static String markup(List<Option> options) {
        StringBuilder html = new StringBuilder();
        for (Option o : options) {
            html.append("<option value=\"").append(o.value()).append("\">")
                    .append(HtmlEscape.escapeHtml4Xml(o.text() == null ? "" : o.text())).append("</option>\n");
        }
        return html.toString();
    }

    /** The markup with the option of this value marked as selected (th:selected's attribute). */
    static String select(String markup, Long selected) {
        if (selected == null) {
            return markup;
        }
        String option = "<option value=\"" + selected + "\">";
        return markup.replace(option, "<option value=\"" + selected + "\" selected=\"selected\">");
    }
}
