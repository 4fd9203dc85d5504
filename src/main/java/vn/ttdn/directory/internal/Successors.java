package vn.ttdn.directory.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.directory.NameMatch;

/**
 * Who does an ended agency's or group's work today: follows mergers and renamings (one successor), splits (several)
 * and dissolutions into a group, through any number of reorganisations.
 */
@Component
@Transactional(readOnly = true)
class Successors {

    static final String SPLIT = "SPLIT";
    /** An agency whose work a group took over (successors not listed one by one). */
    static final String DISSOLVE = "DISSOLVE";

    private final AgencyRepository agencies;
    private final AgencyGroupRepository groups;
    private final EntityManager em;

    Successors(AgencyRepository agencies, AgencyGroupRepository groups, EntityManager em) {
        this.agencies = agencies;
        this.groups = groups;
        this.em = em;
    }

    /** The active agencies and groups now doing this agency's work; the agency itself if nobody took it over. */
    List<NameMatch> ofAgency(long agencyId) {
        List<NameMatch> result = new ArrayList<>();
        collect(agencyId, result, new HashSet<>());
        return result;
    }

    /** The active group that stands for this one today (itself if it has not ended). */
    AgencyGroup currentGroup(long groupId) {
        AgencyGroup group = group(groupId);
        Set<Long> seen = new HashSet<>();
        while (group.successorId != null && seen.add(group.id)) {
            group = group(group.successorId);
        }
        return group;
    }

    private void collect(long agencyId, List<NameMatch> result, Set<Long> seen) {
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("directory.what.agency"));
        if (!seen.add(agencyId)) {
            return;
        }
        if (agency.active) {
            add(result, new NameMatch(agency.fullName, agency.id, null, agency.fullName, true));
            return;
        }
        if (agency.successorId != null) {
            collect(agency.successorId, result, seen);
            return;
        }
        List<Reorganisation> endings = em.createQuery("select r from Reorganisation r where r.subject = 'AGENCY'"
                        + " and r.predecessorId = :id and r.kind in ('SPLIT', 'DISSOLVE') order by r.id",
                Reorganisation.class).setParameter("id", agencyId).getResultList();
        if (endings.isEmpty()) {
            add(result, new NameMatch(agency.fullName, agency.id, null, agency.fullName, true));
        }
        for (Reorganisation r : endings) {
            if (DISSOLVE.equals(r.kind)) {
                AgencyGroup g = currentGroup(r.successorId);
                add(result, new NameMatch(g.name, null, g.id, g.name, true));
            } else {
                collect(r.successorId, result, seen);
            }
        }
    }

    private static void add(List<NameMatch> result, NameMatch match) {
        boolean present = result.stream().anyMatch(m -> java.util.Objects.equals(m.agencyId(), match.agencyId())
                && java.util.Objects.equals(m.groupId(), match.groupId()));
        if (!present) {
            result.add(match);
        }
    }

    private AgencyGroup group(long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("directory.what.group"));
    }
}
