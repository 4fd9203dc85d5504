package vn.ttdn.directory;

import java.time.LocalDate;

public record ProvinceView(long id, String code, String name, boolean active, Long successorId, LocalDate mergedOn) {
}
