package vn.ttdn.legal.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalDocumentRepository extends JpaRepository<LegalDocument, Long> {

    Optional<LegalDocument> findByNumberKeyAndScopeProvinceId(String numberKey, long scopeProvinceId);

    Optional<LegalDocument> findByNumberKeyAndScopeProvinceIdIsNull(String numberKey);

    default Optional<LegalDocument> findByNumber(String key, Long province) {
        return province == null ? findByNumberKeyAndScopeProvinceIdIsNull(key)
                : findByNumberKeyAndScopeProvinceId(key, province);
    }
}
