package vn.ttdn.intake.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.ttdn.intake.IntakeStatus;

interface IntakeDocumentRepository extends JpaRepository<IntakeDocument, Long> {

    List<IntakeDocument> findTop100ByStatusNotOrderByIdDesc(IntakeStatus status);

    List<IntakeDocument> findTop100ByProvinceIdInAndStatusNotOrderByIdDesc(Collection<Long> provinceIds,
                                                                          IntakeStatus status);

    Optional<IntakeDocument> findFirstByPlanIdOrderByIdDesc(long planId);
}
