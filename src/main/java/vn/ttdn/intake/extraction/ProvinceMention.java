package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ttdn.common.TextFolding;
import vn.ttdn.intake.ParsedPlan;

/**
 * The province a document's header names, so that a plan of another province uploaded by mistake is noticed: the
 * issuer's parent ("UBND TỈNH KHÁNH HÒA" above "SỞ …"), the issuer, the place of issue ("Khánh Hòa, ngày …"), then
 * "tỉnh X" in the title. Names are compared folded (case, marks, "Hoà"/"Hòa") and as whole words.
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
        String[] fields = {plan.issuerParent(), plan.issuer(), plan.place(), plan.title()};
        for (int i = 0; i < fields.length; i++) {
            // A title may name other places; only "tỉnh X" or "thành phố X" in it is the plan's own province.
            Optional<String> named = named(fields[i], names, i == fields.length - 1);
            if (named.isPresent()) {
                return Optional.of(new Mention(named.get(), fields[i].strip()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> named(String field, List<String> names, boolean afterLevelWord) {
        String text = " " + TextFolding.fold(field) + " ";
        for (String name : names) {
            String folded = TextFolding.fold(name);
            boolean found = afterLevelWord
                    ? text.contains(" tinh " + folded + " ") || text.contains(" thanh pho " + folded + " ")
                    : text.contains(" " + folded + " ");
            if (!folded.isEmpty() && found) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
