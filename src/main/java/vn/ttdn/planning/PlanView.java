package vn.ttdn.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A plan with its header, legal basis and sections (tasks are fetched separately, they can be many).
 *
 * @param reopenReason why the plan was last issued again after it closed, null if it never was
 */
public record PlanView(long id, long provinceId, String provinceName, PlanKind kind, String number, String title,
                       String issuerName, Long ownerAgencyId, String ownerAgencyName, LocalDate issuedOn,
                       String signerAuthority, String signerTitle, String signerName, int year, PlanStatus status,
                       Long parentPlanId, String parentPlanTitle, String budgetNote, boolean sample,
                       List<CitationView> legalBasis, List<SectionView> sections, long taskCount,
                       OffsetDateTime updatedAt, long version, String reopenReason, OffsetDateTime reopenedAt) {
}
