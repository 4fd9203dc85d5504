package vn.ttdn.tracking.web;

import vn.ttdn.planning.Plans;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.tracking.Dashboard;
import vn.ttdn.tracking.Dashboards;

/** Overviews with charts: the province, a plan, an agency. */
@Controller
class DashboardPages {

    private final Dashboards dashboards;
    private final Directory directory;
    private final MessageSource messages;
    private final Plans plans;

    DashboardPages(Dashboards dashboards, Directory directory, MessageSource messages,
                        Plans plans) {
        this.plans = plans;
        this.dashboards = dashboards;
        this.directory = directory;
        this.messages = messages;
    }

    /** The province's overview for those who follow the whole province; an agency's people see their agency's. */
    @GetMapping("/dashboard")
    String home(@RequestParam(required = false) Long provinceId, @RequestParam(required = false) Integer year,
                Model model) {
        CurrentUser user = CurrentUser.get();
        Long province = provinceId != null ? provinceId : user.provinceId();
        if (province == null) {
            province = directory.provinces().stream().filter(ProvinceView::active).map(ProvinceView::id)
                    .findFirst().orElse(null);
        }
        if (province == null || !user.readsWholeProvince(province)) {
            if (user.agencyId() != null) {
                return "redirect:/dashboard/agency/" + user.agencyId();
            }
        }
        return province(province == null ? -1 : province, year, model);
    }

    @GetMapping("/dashboard/province/{id}")
    String province(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("dashboard", charts(dashboards.province(id, year), model));
        model.addAttribute("kind", "province");
        model.addAttribute("provinceId", id);
        // Only provinces she may open: another would be refused and send her to her agency's page instead.
        CurrentUser user = CurrentUser.get();
        model.addAttribute("provinces", directory.provinces().stream().filter(ProvinceView::active)
                .filter(p -> user.readsWholeProvince(p.id())).toList());
        model.addAttribute("followsAgencies", true);
        return "tracking/dashboard";
    }

    @GetMapping("/dashboard/plan/{id}")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("dashboard", charts(dashboards.plan(id), model));
        model.addAttribute("kind", "plan");
        model.addAttribute("planId", id);
        model.addAttribute("followsAgencies", CurrentUser.get().readsWholeProvince(plans.plan(id).provinceId()));
        return "tracking/dashboard";
    }

    @GetMapping("/dashboard/agency/{id}")
    String agency(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("dashboard", charts(dashboards.agency(id, year), model));
        model.addAttribute("kind", "agency");
        model.addAttribute("agencyId", id);
        model.addAttribute("followsAgencies", CurrentUser.get().readsWholeProvince(directory.agency(id).provinceId()));
        return "tracking/dashboard";
    }

    private Dashboard charts(Dashboard d, Model model) {
        List<String> series = List.of(msg("status.DONE"), msg("dashboard.open"), msg("task.overdue"));
        model.addAttribute("statusChart", DashboardCharts.status(d.totals(), List.of(msg("status.NOT_STARTED"),
                msg("status.IN_PROGRESS"), msg("status.DONE"), msg("status.CANCELLED")), msg("dashboard.tasks")));
        model.addAttribute("planChart", DashboardCharts.rows(d.byPlan(), series));
        model.addAttribute("sectionChart", DashboardCharts.rows(d.bySection(), series));
        model.addAttribute("agencyChart", DashboardCharts.rows(d.byAgency(), series));
        model.addAttribute("monthChart", DashboardCharts.months(d.updatesByMonth(), msg("dashboard.updates")));
        model.addAttribute("maxBars", DashboardCharts.MAX_BARS);
        return d;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
