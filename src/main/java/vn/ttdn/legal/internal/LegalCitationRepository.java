package vn.ttdn.legal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LegalCitationRepository extends JpaRepository<LegalCitation, Long> {

    List<LegalCitation> findByCitingId(long citingId);

    List<LegalCitation> findByCitedId(long citedId);

    boolean existsByCitingIdAndCitedId(long citingId, long citedId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from LegalCitation c where c.citingId = :citingId")
    void deleteByCitingId(long citingId);
}
