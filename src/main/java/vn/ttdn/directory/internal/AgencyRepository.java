package vn.ttdn.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @EntityGraph(attributePaths = "aliases")
    List<Agency> findByProvinceId(long provinceId);
}
