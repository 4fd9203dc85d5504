package vn.ttdn.identity.web;

import vn.ttdn.common.Exports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ttdn.identity.AuditLog;
import vn.ttdn.identity.AuditView;

/**
 * The audit log: searched, filtered, sorted by time, paged, exported; each entry opens to show the record before and
 * after. Which entries a reader sees is decided by {@link AuditLog}, not here.
 */
@Controller
class AuditPages {

    private final AuditLog audit;
    private final MessageSource messages;
    private final vn.ttdn.identity.AgencyLookup directory;

    AuditPages(AuditLog audit, MessageSource messages, vn.ttdn.identity.AgencyLookup directory) {
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    /** A date that is not a date is shown beside its field and left out of the search, the rest still applies. */
    @GetMapping("/admin/audit")
    String list(@ModelAttribute("search") AuditSearch search, BindingResult result, Model model) {
        if (result.hasFieldErrors("from")) {
            search.setFrom(null);
        }
        if (result.hasFieldErrors("to")) {
            search.setTo(null);
        }
        model.addAttribute("result", audit.search(search.filter(), search.query()));
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("actions", audit.actions());
        model.addAttribute("provinceNames", directory.provinceNames());
        return "identity/audit";
    }

    @GetMapping("/admin/audit/export")
    void export(@ModelAttribute AuditSearch search, BindingResult ignoredDates, Locale locale,
                HttpServletResponse response) throws IOException {
        java.util.Map<Long, String> provinces = directory.provinceNames();
        List<String> headers = List.of("audit.at", "audit.username", "audit.province", "audit.action",
                        "audit.entityType",
                        "audit.entityId", "audit.summary", "audit.before", "audit.after").stream()
                .map(k -> messages.getMessage(k, null, locale)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (AuditView e : audit.search(search.filter(), search.query().forExport()).items()) {
            rows.add(Arrays.asList(e.at(), e.username(), e.provinceId() == null ? "" : provinces.get(e.provinceId()),
                    label("audit.action.", e.action(), locale),
                    label("audit.entity.", e.entityType(), locale), e.entityId(), e.summary(), e.before(),
                    e.after()));
        }
        Exports.xlsx(response, messages.getMessage("audit.export.name", null, locale), headers, rows);
    }

    private String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }
}
