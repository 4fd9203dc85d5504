package vn.ttdn.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyGroupRepository extends JpaRepository<AgencyGroup, Long> {
    List<AgencyGroup> findByProvinceId(long provinceId);
}
