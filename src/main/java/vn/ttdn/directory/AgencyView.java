package vn.ttdn.directory;

import java.time.LocalDate;
import java.util.List;

/** An agency as other modules and pages see it. */
public record AgencyView(long id, long provinceId, String provinceName, Long parentId, AgencyKind kind,
                         String fullName, String shortName, boolean coordinator, String email, String phone,
                         String address, String ttdnLeaderName, String ttdnLeaderContact, String ttdnOfficerName,
                         String ttdnOfficerContact, boolean active, Long successorId, LocalDate endedOn,
                         List<String> aliases, long version) {

    public String displayName() {
        return fullName;
    }
}
