package vn.ttdn.legal.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalDocumentRepository extends JpaRepository<LegalDocument, Long> {

    Optional<LegalDocument> findByNumberKeyAndScopeProvinceId(String numberKey, long scopeProvinceId);

    Optional<LegalDocument> findByNumberKeyAndScopeProvinceIdIsNull(String numberKey);

    Optional<LegalDocument> findByNameKeyAndScopeProvinceId(String nameKey, long scopeProvinceId);

    Optional<LegalDocument> findByNameKeyAndScopeProvinceIdIsNull(String nameKey);

    default Optional<LegalDocument> findByName(String key, Long province) {
        return province == null ? findByNameKeyAndScopeProvinceIdIsNull(key)
                : findByNameKeyAndScopeProvinceId(key, province);
    }

    default Optional<LegalDocument> findByNumber(String key, Long province) {
        return province == null ? findByNumberKeyAndScopeProvinceIdIsNull(key)
                : findByNumberKeyAndScopeProvinceId(key, province);
    }
}
