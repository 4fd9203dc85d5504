package vn.ttdn.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.changes.ProvinceData;

@Entity
class Province implements ProvinceData {
    @Override
    public Long provinceId() {
        return null; // the province list is national data
    }

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
