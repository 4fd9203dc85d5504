package vn.ttdn.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.ttdn.directory.ProvinceView;

@Entity
class Province {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String code;
    String name;
    String kind = "PROVINCE";
    boolean active = true;
    Long successorId;
    LocalDate mergedOn;
    @Version
    long version;

    ProvinceView view() {
        return new ProvinceView(id, code, name, active, successorId, mergedOn);
    }
}
