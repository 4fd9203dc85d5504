package vn.ttdn.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.Reorganisations;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserForm;

/**
 * Fills an empty database for a demonstration: the directory as it was before 1 July 2025, the seed plans read by
 * intake, then the 2025 reorganisation applied as a user would, then one user per role.
 */
@Component
@ConditionalOnProperty(name = "ttdn.demo", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Demo@2026ttdn";
    static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Directory directory;
    private final Reorganisations reorganisations;
    private final UserAccounts users;
    private final DemoPlans plans;
    private final TransactionTemplate transaction;

    DemoDataLoader(Directory directory, Reorganisations reorganisations, UserAccounts users, DemoPlans plans,
                   TransactionTemplate transaction) {
        this.directory = directory;
        this.reorganisations = reorganisations;
        this.users = users;
        this.plans = plans;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!directory.provinces().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        SystemUser.run(() -> transaction.executeWithoutResult(status -> load()));
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        Map<String, Long> provinces = new HashMap<>();
        for (DemoDirectory.ProvinceSpec spec : DemoDirectory.PROVINCES) {
            long id = directory.createProvince(spec.code(), spec.name());
            provinces.put(spec.code(), id);
            DemoDirectory.create(directory, id, spec);
        }
        plans.importSeeds(provinces);
        reorganise(provinces);
        createUsers(provinces);
    }

    /** 1 July 2025: the TTĐN duty moves to Sở VHTTDL in every province, then provinces merge. */
    private void reorganise(Map<String, Long> provinces) {
        for (long provinceId : provinces.values()) {
            long oldCoordinator = agency(provinceId, DemoDirectory.OLD_COORDINATOR).id();
            long newCoordinator = agency(provinceId, DemoDirectory.NEW_COORDINATOR).id();
            reorganisations.mergeAgencies(List.of(oldCoordinator), newCoordinator, REORGANISATION,
                    "Nhiệm vụ thông tin đối ngoại chuyển sang Sở Văn hóa, Thể thao và Du lịch");
        }
        endDistricts(provinces);
        DemoDirectory.PROVINCE_MERGERS.forEach((from, to) ->
                reorganisations.mergeProvinces(provinces.get(from), provinces.get(to), REORGANISATION));
    }

    /**
     * 1 July 2025, no more districts: every district's people's committee ends, its work going to the communes and
     * wards that took over (or to the group of all of them), and the districts' group gives way to the communes'.
     */
    private void endDistricts(Map<String, Long> provinces) {
        Map<String, Long> communeGroups = new HashMap<>();
        for (DemoDirectory.ProvinceSpec spec : DemoDirectory.PROVINCES) {
            if (!DemoDirectory.PROVINCE_MERGERS.containsKey(spec.code())) {
                communeGroups.put(spec.code(), DemoDirectory.createCommunesGroup(directory, provinces.get(spec.code())));
            }
        }
        for (DemoDirectory.ProvinceSpec spec : DemoDirectory.PROVINCES) {
            String now = DemoDirectory.PROVINCE_MERGERS.getOrDefault(spec.code(), spec.code());
            long nowProvince = provinces.get(now);
            long communes = communeGroups.get(now);
            for (String district : spec.districts()) {
                List<String> listed = DemoDirectory.DISTRICT_SUCCESSORS.getOrDefault(district, List.of());
                List<Long> successors = listed.stream()
                        .map(c -> DemoDirectory.createCommune(directory, nowProvince, c)).toList();
                Long group = listed.isEmpty() || DemoDirectory.PARTLY_LISTED.contains(district) ? communes : null;
                reorganisations.splitAgency(agency(provinces.get(spec.code()), "Ủy ban nhân dân " + district).id(),
                        successors, group, REORGANISATION, "Kết thúc hoạt động của đơn vị hành chính cấp huyện");
            }
            long districtsGroup = directory.groups(provinces.get(spec.code())).stream()
                    .filter(g -> g.name().equals(DemoDirectory.DISTRICTS_GROUP)).findFirst().orElseThrow().id();
            reorganisations.endGroup(districtsGroup, communes, REORGANISATION,
                    "Không còn cấp huyện; công việc chuyển cho UBND các xã, phường, đặc khu");
        }
    }

    private void createUsers(Map<String, Long> provinces) {
        long tq = provinces.get("TQ");
        long kh = provinces.get("KH");
        user("admin", "Quản trị hệ thống", null, Role.ADMIN);
        user("dieuphoi", "Nguyễn Thị Điều Phối", agency(tq, DemoDirectory.NEW_COORDINATOR).id(), Role.COORDINATOR);
        user("lanhdao.tinh", "Trần Văn Lãnh Đạo", agency(tq, "Ủy ban nhân dân tỉnh").id(), Role.VIEWER);
        user("lanhdao.ngoaivu", "Lê Thị Trưởng Phòng", agency(tq, "Sở Ngoại vụ").id(), Role.AGENCY_LEADER);
        user("canbo.ngoaivu", "Phạm Văn Cán Bộ", agency(tq, "Sở Ngoại vụ").id(), Role.AGENCY_OFFICER);
        user("canbo.congan", "Hoàng Thị Công An", agency(tq, "Công an tỉnh").id(), Role.AGENCY_OFFICER);
        user("dieuphoi.khanhhoa", "Đỗ Văn Khánh", agency(kh, DemoDirectory.NEW_COORDINATOR).id(), Role.COORDINATOR);
        user("canbo.khanhhoa", "Vũ Thị Ngoại Vụ", agency(kh, "Sở Ngoại vụ").id(), Role.AGENCY_OFFICER);
    }

    private void user(String username, String fullName, Long agencyId, Role role) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName(fullName);
        form.setAgencyId(agencyId);
        form.setRoles(EnumSet.of(role));
        form.setPassword(DEMO_PASSWORD);
        // The demo accounts share the password in the README: nobody is made to change it.
        users.createWithoutPasswordChange(form);
    }

    private AgencyView agency(long provinceId, String fullName) {
        return directory.agencies(provinceId, false).stream().filter(a -> a.fullName().equals(fullName))
                .filter(AgencyView::active).findFirst()
                .or(() -> directory.agencies(provinceId, false).stream().filter(a -> a.fullName().equals(fullName))
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("Demo agency missing: " + fullName));
    }

}
