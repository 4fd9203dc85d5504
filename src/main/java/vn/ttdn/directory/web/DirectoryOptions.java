package vn.ttdn.directory.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.CurrentUser;

/** The choices the directory's forms offer: provinces and agencies, grouped and sorted the Vietnamese way. */
@Component
class DirectoryOptions {

    static final Comparator<String> VIETNAMESE = vn.ttdn.common.VietnameseOrder.NAMES;

    private final Directory directory;

    DirectoryOptions(Directory directory) {
        this.directory = directory;
    }

    List<ProvinceView> allProvinces() {
        return directory.provinces();
    }

    List<ProvinceView> activeProvinces() {
        return directory.provinces().stream().filter(ProvinceView::active).toList();
    }

    /** Active provinces whose directory the signed-in user may change (display only: the service decides). */
    List<ProvinceView> provincesCoordinated() {
        CurrentUser user = CurrentUser.get();
        return activeProvinces().stream().filter(p -> user.coordinates(p.id())).toList();
    }

    /** Working agencies of the given provinces, by province name, for select boxes with option groups. */
    Map<String, List<AgencyView>> activeAgenciesByProvince(List<ProvinceView> provinces) {
        Map<String, List<AgencyView>> byProvince = new LinkedHashMap<>();
        for (ProvinceView p : provinces) {
            byProvince.put(p.name(), directory.agencies(p.id(), true));
        }
        return byProvince;
    }
}
