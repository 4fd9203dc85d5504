package vn.ttdn.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ttdn.common.TextFolding;

/**
 * The province a document's header names, so that a plan of another province uploaded by mistake is noticed: the
 * issuer's parent ("UBND TỈNH KHÁNH HÒA" above "SỞ …"), the issuer, then the place of issue ("Khánh Hòa, ngày …").
 * Names are compared folded (case, marks, "Hoà"/"Hòa") and as whole words.
 */
public final class ProvinceMention {

    private ProvinceMention() {
    }

    /** A province's name as the directory writes it, and the header's words that name it. */
    public record Mention(String province, String printed) {
    }

    /** The first of {@code provinceNames} the header names, longest name first where two would match. */
    public static Optional<Mention> in(ParsedPlan plan, Collection<String> provinceNames) {
        List<String> names = new ArrayList<>(provinceNames);
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String field : new String[] {plan.issuerParent(), plan.issuer(), plan.place()}) {
            String text = " " + TextFolding.fold(field) + " ";
            for (String name : names) {
                String folded = TextFolding.fold(name);
                if (!folded.isEmpty() && text.contains(" " + folded + " ")) {
                    return Optional.of(new Mention(name, field.strip()));
                }
            }
        }
        return Optional.empty();
    }
}
