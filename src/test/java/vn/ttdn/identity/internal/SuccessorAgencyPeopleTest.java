package vn.ttdn.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ttdn.TtdnTest;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.Reorganisations;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserChanged;
import vn.ttdn.identity.UserChanged.Change;
import vn.ttdn.identity.UserForm;

/** The people of an agency that ends follow its work to the successor, by the same event as its tasks. */
@TtdnTest
@RecordApplicationEvents
class SuccessorAgencyPeopleTest {

    @Autowired Directory directory;
    @Autowired Reorganisations reorganisations;
    @Autowired UserAccounts users;
    @Autowired ApplicationEvents events;

    @Test
    void aMergedAgencysPeopleWorkForTheSuccessorAndEachMoveIsAnnounced() {
        long province = directory.provinces().stream().filter(p -> p.active()).findFirst().orElseThrow().id();
        long old = agency(province, "Sở thử sáp nhập cũ ");
        long successor = agency(province, "Sở thử sáp nhập mới ");
        long officer = SystemUser.call(() -> users.create(user("canbo.thu" + System.nanoTime(), old)));

        SystemUser.run(() -> reorganisations.mergeAgencies(List.of(old), successor, LocalDate.of(2025, 7, 1), "Thử"));

        assertThat(SystemUser.call(() -> users.get(officer)).agencyId()).isEqualTo(successor);
        assertThat(events.stream(UserChanged.class).filter(e -> e.userId() == officer))
                .containsExactly(new UserChanged(officer, province, Set.of(Change.CREATED)),
                        new UserChanged(officer, province, Set.of(Change.AGENCY_MOVED)));
    }

    @Test
    void anEditSaysWhatChanged() {
        long province = directory.provinces().stream().filter(p -> p.active()).findFirst().orElseThrow().id();
        long agency = agency(province, "Sở thử sửa người dùng ");
        UserForm form = user("canbo.sua" + System.nanoTime(), agency);
        long id = SystemUser.call(() -> users.create(form));
        form.setRoles(EnumSet.of(Role.AGENCY_LEADER));
        form.setEnabled(false);
        form.setVersion(null);
        SystemUser.run(() -> users.update(id, form));

        assertThat(events.stream(UserChanged.class).filter(e -> e.userId() == id).toList().get(1).changes())
                .containsExactlyInAnyOrder(Change.UPDATED, Change.ROLES_CHANGED, Change.DISABLED);
    }

    private long agency(long province, String name) {
        return SystemUser.call(() -> directory.createAgency(AgencyForm.of(province, AgencyKind.DEPARTMENT,
                name + System.nanoTime(), null)));
    }

    private static UserForm user(String username, long agency) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Cán bộ thử");
        form.setAgencyId(agency);
        form.setRoles(EnumSet.of(Role.AGENCY_OFFICER));
        form.setPassword("Thu@2026matkhau");
        return form;
    }
}
