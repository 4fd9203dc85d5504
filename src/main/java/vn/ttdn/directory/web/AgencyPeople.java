package vn.ttdn.directory.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserView;

/**
 * Who each agency has designated for TTĐN work: the names typed on the agency's card, else its users who hold the
 * leader or officer role. Lets the coordinator see, and filter, the agencies that have designated nobody.
 */
@Component
public class AgencyPeople {

    private final UserAccounts users;

    AgencyPeople(UserAccounts users) {
        this.users = users;
    }

    /** An agency row of the list: the agency with its designated leaders and officers (empty when none). */
    public record Row(AgencyView agency, List<String> leaders, List<String> officers) {
        public boolean designatedNobody() {
            return leaders.isEmpty() && officers.isEmpty();
        }
    }

    List<Row> rows(List<AgencyView> agencies) {
        Map<Long, List<UserView>> byAgency = new HashMap<>();
        for (UserView u : users.designated(agencies.stream().map(AgencyView::id).toList())) {
            byAgency.computeIfAbsent(u.agencyId(), k -> new ArrayList<>()).add(u);
        }
        return agencies.stream().map(a -> row(a, byAgency.getOrDefault(a.id(), List.of()))).toList();
    }

    /** One page of the agencies that have designated nobody, chosen among all that match the search. */
    PageResult<Row> undesignated(PageResult<AgencyView> everyMatch, ListQuery page) {
        List<Row> nobody = rows(everyMatch.items()).stream().filter(Row::designatedNobody).toList();
        int from = Math.min(page.offset(), nobody.size());
        int to = Math.min(from + page.size(), nobody.size());
        return new PageResult<>(nobody.subList(from, to), page.page(), page.size(), nobody.size());
    }

    private static Row row(AgencyView a, List<UserView> people) {
        return new Row(a, named(a.ttdnLeaderName(), people, Role.AGENCY_LEADER),
                named(a.ttdnOfficerName(), people, Role.AGENCY_OFFICER));
    }

    private static List<String> named(String onCard, List<UserView> people, Role role) {
        if (onCard != null && !onCard.isBlank()) {
            return List.of(onCard);
        }
        return people.stream().filter(u -> u.roles().contains(role)).map(AgencyPeople::label).toList();
    }

    private static String label(UserView u) {
        String name = u.fullName() == null || u.fullName().isBlank() ? u.username() : u.fullName();
        return u.email() == null ? name : name + " (" + u.email() + ")";
    }
}
