package vn.ttdn.common;

import com.ibm.icu.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), ignoring case. Safe to share between threads. */
public final class VietnameseOrder {

    /** Frozen: an ICU collator is thread-safe only once frozen, and this one is used by every request. */
    private static final Collator COLLATOR = collator();

    public static final Comparator<String> NAMES = COLLATOR::compare;

    private VietnameseOrder() {
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.SECONDARY);
        return collator.freeze();
    }
}
