package vn.ttdn.legal.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalDocumentPlanRepository extends JpaRepository<LegalDocumentPlan, Long> {

    List<LegalDocumentPlan> findByDocumentId(long documentId);

    List<LegalDocumentPlan> findByDocumentIdIn(Collection<Long> documentIds);
}
