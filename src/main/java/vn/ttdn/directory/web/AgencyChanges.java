package vn.ttdn.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyView;

/** What someone else saved that differs from what this user typed: the fields a conflict message lists. */
final class AgencyChanges {

    /** One field: its label key, what the user typed, what is saved now. */
    record Change(String label, String yours, String saved) {
    }

    private record Field(String label, Function<AgencyForm, Object> typed, Function<AgencyView, Object> saved) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("agency.fullName", AgencyForm::getFullName, AgencyView::fullName),
            new Field("agency.shortName", AgencyForm::getShortName, AgencyView::shortName),
            new Field("agency.kind", AgencyForm::getKind, AgencyView::kind),
            new Field("agency.email", AgencyForm::getEmail, AgencyView::email),
            new Field("agency.phone", AgencyForm::getPhone, AgencyView::phone),
            new Field("agency.address", AgencyForm::getAddress, AgencyView::address),
            new Field("agency.ttdnLeaderName", AgencyForm::getTtdnLeaderName, AgencyView::ttdnLeaderName),
            new Field("agency.ttdnLeaderContact", AgencyForm::getTtdnLeaderContact, AgencyView::ttdnLeaderContact),
            new Field("agency.ttdnOfficerName", AgencyForm::getTtdnOfficerName, AgencyView::ttdnOfficerName),
            new Field("agency.ttdnOfficerContact", AgencyForm::getTtdnOfficerContact,
                    AgencyView::ttdnOfficerContact),
            new Field("agency.aliases", f -> lines(f.getAliases()), v -> String.join("\n", v.aliases())));

    private AgencyChanges() {
    }

    static List<Change> between(AgencyForm typed, AgencyView saved) {
        List<Change> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            String yours = text(field.typed().apply(typed));
            String theirs = text(field.saved().apply(saved));
            if (!Objects.equals(yours, theirs)) {
                changes.add(new Change(field.label(), yours, theirs));
            }
        }
        return changes;
    }

    private static String lines(String text) {
        return text == null ? "" : String.join("\n", text.lines().map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
