package vn.ttdn.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know of agencies, provided by the directory (so identity does not depend on it).
 */
public interface AgencyLookup {

    record AgencyRef(long id, long provinceId, String name, String provinceName) {
    }

    Optional<AgencyRef> find(long agencyId);

    /** The province and every province merged into it, directly or through others. */
    java.util.Set<Long> provinceScope(long provinceId);

    /** Every province's name by id, merged ones included: the audit log says where each change happened. */
    java.util.Map<Long, String> provinceNames();

    /** Active agencies a user may be attached to, sorted by name; all provinces when provinceId is null. */
    List<AgencyRef> activeAgencies(Long provinceId);
}
