package vn.ttdn.legal.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ttdn.legal.DocumentKinds;

/**
 * A document's kind in the reader's language for templates ({@code ${@legalLabels.kind(d.kind())}}): in Vietnamese
 * the word as printed, in another language the bundle's word for it; a kind the bundles do not know stays as
 * printed, and {@link #asPrinted} tells the template to mark it as Vietnamese.
 */
@Component("legalLabels")
public class LegalLabels {

    private final MessageSource messages;

    LegalLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String kind(String printed) {
        Locale locale = LocaleContextHolder.getLocale();
        if (printed == null || "vi".equals(locale.getLanguage())) {
            return printed;
        }
        return DocumentKinds.code(printed).map(code -> messages.getMessage("legalKind." + code, null, printed, locale))
                .orElse(printed);
    }

    /** Whether the kind is shown as printed on a page that is not in Vietnamese (its words are the data's). */
    public boolean asPrinted(String printed) {
        return printed != null && !"vi".equals(LocaleContextHolder.getLocale().getLanguage())
                && DocumentKinds.code(printed).isEmpty();
    }

    /** "Decree 72/2015/NĐ-CP": the kind and the number, or the number alone when the kind is not known. */
    public String name(String kind, String number) {
        String k = kind == null ? null : kind(kind);
        return (k == null ? "" : k + " ") + number;
    }
}
