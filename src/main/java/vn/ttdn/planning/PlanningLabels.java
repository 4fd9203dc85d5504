package vn.ttdn.planning;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for planning's values in the reader's language, from the message bundles: for templates
 * ({@code ${@planningLabels.timeframe(t.timeframe())}}) and for what Java writes (exports, flash messages).
 */
@Component("planningLabels")
public class PlanningLabels {

    private final MessageSource messages;

    PlanningLabels(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * In Vietnamese the timeframe as the plan prints it ("hoàn thành trong Quý I/2025"); in another language, or
     * when nothing was printed, the words of the bundle for its kind and dates ("Q1 2025").
     */
    public String timeframe(Timeframe timeframe) {
        Locale locale = LocaleContextHolder.getLocale();
        if (timeframe.text() != null && "vi".equals(locale.getLanguage())) {
            return timeframe.text();
        }
        Timeframe.Wording w = timeframe.wording();
        return messages.getMessage(w.key(), w.args().toArray(), locale);
    }

    public String planKind(PlanKind kind) {
        return message("planKind." + kind.name());
    }

    public String planStatus(PlanStatus status) {
        return message("planStatus." + status.name());
    }

    public String taskStatus(TaskStatus status) {
        return message("status." + status.name());
    }

    /** A refusal (or any resolvable message) in the reader's language. */
    public String message(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
