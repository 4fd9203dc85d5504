package vn.ttdn.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
class AgencyAlias {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String alias;
    String aliasKey;

    AgencyAlias() {
    }

    AgencyAlias(String alias, String aliasKey) {
        this.alias = alias;
        this.aliasKey = aliasKey;
    }
}
