package vn.ttdn.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @EntityGraph(attributePaths = "aliases")
    List<Agency> findByProvinceId(long provinceId);

    @Query("select a.id, a.parentId, a.kind, a.fullName, a.shortName, a.coordinator, a.email, a.phone, a.address,"
            + " a.ttdnLeaderName, a.ttdnLeaderContact, a.ttdnOfficerName, a.ttdnOfficerContact, a.active,"
            + " a.successorId, a.endedOn, a.version from Agency a where a.provinceId = :province")
    List<Object[]> columnsByProvinceId(long province);

    @Query("select a.id, l.alias from Agency a join a.aliases l where a.provinceId = :province order by l.id")
    List<Object[]> aliasesByProvinceId(long province);

    /**
     * A province's agencies as views, read as columns: every task list's filter shows them, and loading some 150
     * Agency entities with their aliases was a quarter of an uncached /tasks.
     */
    default List<AgencyView> viewsByProvinceId(long provinceId, String provinceName) {
        Map<Long, List<String>> aliases = new HashMap<>();
        aliasesByProvinceId(provinceId).forEach(r -> aliases.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                .add((String) r[1]));
        List<AgencyView> views = new ArrayList<>();
        for (Object[] r : columnsByProvinceId(provinceId)) {
            Long id = (Long) r[0];
            views.add(new AgencyView(id, provinceId, provinceName, (Long) r[1], (AgencyKind) r[2], (String) r[3],
                    (String) r[4], (Boolean) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10], (String) r[11], (String) r[12], (Boolean) r[13], (Long) r[14], (LocalDate) r[15],
                    List.copyOf(aliases.getOrDefault(id, List.of())), (Long) r[16]));
        }
        return views;
    }
}
