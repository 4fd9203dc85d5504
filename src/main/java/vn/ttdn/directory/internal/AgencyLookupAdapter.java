package vn.ttdn.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.AgencyLookup;

/** What identity needs of the directory. */
@Component
@Transactional(readOnly = true)
class AgencyLookupAdapter implements AgencyLookup {

    private final DirectoryService service;
    private final AgencyRepository agencies;

    AgencyLookupAdapter(DirectoryService service, AgencyRepository agencies) {
        this.service = service;
        this.agencies = agencies;
    }

    @Override
    public Optional<AgencyRef> find(long agencyId) {
        return agencies.findById(agencyId)
                .map(a -> new AgencyRef(a.id, a.provinceId, a.fullName, service.findProvince(a.provinceId).name));
    }

    @Override
    public Set<Long> provinceScope(long provinceId) {
        return service.provinceScope(provinceId);
    }

    @Override
    public java.util.Map<Long, String> provinceNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        service.provinces().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    @Override
    public List<AgencyRef> activeAgencies(Long provinceId) {
        List<Long> provinceIds = provinceId != null ? List.of(provinceId)
                : service.provinces().stream().filter(ProvinceView::active).map(ProvinceView::id).toList();
        List<AgencyRef> refs = new ArrayList<>();
        for (long p : provinceIds) {
            service.agencies(p, true).forEach(a -> refs.add(new AgencyRef(a.id(), p, a.fullName(), a.provinceName())));
        }
        return refs;
    }
}
