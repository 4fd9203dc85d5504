package vn.ttdn.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;
import vn.ttdn.directory.ReorganisationHistory;
import vn.ttdn.directory.ReorganisationView;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.common.Exports;

/** Reading the directory: the agency list with its export, one agency, the named groups of a province. */
@Controller
class AgencyPages {

    /** The list's columns, the designated people as the list shows them (named on the card, else its users). */
    private static final List<String> EXPORT_COLUMNS = List.of("agency.fullName", "agency.shortName", "agency.kind",
            "agency.province", "agency.ttdnLeader", "agency.ttdnLeaderContact", "agency.ttdnOfficer",
            "agency.ttdnOfficerContact", "agency.phone", "agency.email", "agency.address", "agency.status",
            "agency.endedOn", "agency.aliases");

    private final Directory directory;
    private final ReorganisationHistory history;
    private final DirectoryOptions options;
    private final MessageSource messages;
    private final AgencyPeople people;

    AgencyPages(Directory directory, ReorganisationHistory history, DirectoryOptions options,
                MessageSource messages, AgencyPeople people) {
        this.people = people;
        this.directory = directory;
        this.history = history;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping("/agencies")
    String list(@ModelAttribute("filter") AgencyListParams filter, Model model) {
        Long province = filter.province(CurrentUser.get());
        // Who is designated lives with the users, not the agencies: that filter is applied after the search.
        PageResult<AgencyPeople.Row> result = filter.undesignatedOnly()
                ? people.undesignated(directory.search(province, filter.agencyKind(), filter.activeOnly(),
                        filter.query().forExport()), filter.query())
                : rows(directory.search(province, filter.agencyKind(), filter.activeOnly(), filter.query()));
        model.addAttribute("result", result);
        model.addAttribute("selectedProvince", province);
        model.addAttribute("selectedActive", filter.activeOnly());
        model.addAttribute("provinces", options.allProvinces());
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("canCreate", !options.provincesCoordinated().isEmpty());
        return "directory/agencies";
    }

    private PageResult<AgencyPeople.Row> rows(PageResult<AgencyView> page) {
        return new PageResult<>(people.rows(page.items()), page.page(), page.size(), page.total());
    }

    @GetMapping("/agencies/export")
    void export(@ModelAttribute AgencyListParams filter, Locale locale, HttpServletResponse response)
            throws IOException {
        PageResult<AgencyView> everyMatch = directory.search(filter.province(CurrentUser.get()), filter.agencyKind(),
                filter.activeOnly(), filter.query().forExport());
        List<AgencyPeople.Row> result = filter.undesignatedOnly()
                ? people.undesignated(everyMatch, filter.query().forExport()).items() : people.rows(everyMatch.items());
        List<String> headers = EXPORT_COLUMNS.stream().map(k -> messages.getMessage(k, null, locale)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (AgencyPeople.Row row : result) {
            AgencyView a = row.agency();
            rows.add(java.util.Arrays.asList(a.fullName(), a.shortName(),
                    messages.getMessage("agency.kind." + a.kind(), null, locale), a.provinceName(),
                    String.join("; ", row.leaders()), a.ttdnLeaderContact(), String.join("; ", row.officers()),
                    a.ttdnOfficerContact(), a.phone(), a.email(), a.address(),
                    messages.getMessage(a.active() ? "agency.active" : "agency.inactive", null, locale),
                    a.endedOn(), String.join("; ", a.aliases())));
        }
        Exports.xlsx(response, messages.getMessage("agency.export.name", null, locale), headers, rows);
    }

    @GetMapping("/agencies/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        AgencyView agency = directory.agency(id);
        model.addAttribute("agency", agency);
        model.addAttribute("parent", agency.parentId() == null ? null : directory.agency(agency.parentId()));
        model.addAttribute("successor", agency.successorId() == null ? null : directory.agency(agency.successorId()));
        model.addAttribute("splitInto", agency.active() || agency.successorId() != null ? List.of()
                : directory.currentSuccessors(id).stream().filter(m -> !Long.valueOf(id).equals(m.agencyId())).toList());
        List<ReorganisationView> reorganisations = history.ofAgency(id);
        model.addAttribute("ending", reorganisations.stream()
                .filter(r -> r.predecessorId() == id).reduce((first, second) -> second).orElse(null));
        model.addAttribute("predecessors", reorganisations.stream().filter(r -> r.successorId() == id).toList());
        model.addAttribute("groups", directory.groupsContaining(id).stream().map(directory::group)
                .sorted(Comparator.comparing(GroupView::name, DirectoryOptions.VIETNAMESE)).toList());
        model.addAttribute("provinceNames", options.allProvinces().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.name())));
        model.addAttribute("mayEdit", directory.mayEdit(id));
        model.addAttribute("mayFollow", CurrentUser.get().followsAgency(id, agency.provinceId()));
        return "directory/agency";
    }

    @GetMapping("/agencies/groups")
    String groups(@RequestParam(required = false) Long provinceId, Model model) {
        Long province = provinceId != null ? provinceId : CurrentUser.get().provinceId();
        if (province == null) {
            province = options.activeProvinces().stream().findFirst().map(p -> p.id()).orElse(null);
        }
        List<GroupWithMembers> groups = province == null ? List.of() : directory.groups(province).stream()
                .map(g -> new GroupWithMembers(g, directory.membersOf(g.id()))).toList();
        model.addAttribute("groups", groups);
        model.addAttribute("selectedProvince", province);
        model.addAttribute("provinces", options.allProvinces());
        return "directory/groups";
    }

    /** A group with the agencies it stands for today. */
    record GroupWithMembers(GroupView group, List<AgencyView> members) {
    }
}
