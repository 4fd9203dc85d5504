package vn.ttdn.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.NameMatch;

class NameResolverTest {

    private final Agency information = agency(1, "Sở Thông tin và Truyền thông", "Sở TT&TT");
    private final Agency culture = agency(2, "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL");
    private final Agency foreign = agency(3, "Sở Ngoại vụ", null);
    private final Agency police = agency(4, "Công an tỉnh", null);
    private final AgencyGroup departments = group(10, "Các sở, ban, ngành", "Các sở, ban ngành\nsở, ban, ngành tỉnh");
    private final List<Agency> agencies = List.of(information, culture, foreign, police);

    @Test
    void findsAnAgencyByFullNameShortNameOrAbbreviationWithoutDiacritics() {
        assertThat(resolve("Sở Thông tin và Truyền thông").agencyId()).isEqualTo(1L);
        assertThat(resolve("Sở TT&TT").agencyId()).isEqualTo(1L);
        assertThat(resolve("so thong tin va truyen thong").agencyId()).isEqualTo(1L);
        assertThat(resolve("Sở VHTTDL").agencyId()).isEqualTo(2L);
    }

    @Test
    void ignoresTheProvinceNameAfterAnAgency() {
        assertThat(resolve("Công an tỉnh Tuyên Quang").agencyId()).isEqualTo(4L);
    }

    @Test
    void tellsTheCityOfTheProvincesNameFromTheProvince() {
        Agency province = agency(5, "Ủy ban nhân dân tỉnh", "UBND tỉnh");
        Agency city = agency(6, "Ủy ban nhân dân thành phố Tuyên Quang", "UBND thành phố Tuyên Quang");
        city.active = false;
        List<Agency> committees = List.of(province, city);
        assertThat(NameResolver.resolve("UBND thành phố Tuyên Quang", "Tuyên Quang", committees, List.of()).agencyId())
                .isEqualTo(6L);
        assertThat(NameResolver.resolve("Ủy ban nhân dân TP Tuyên Quang", "Tuyên Quang", committees, List.of())
                .agencyId()).isEqualTo(6L);
        assertThat(NameResolver.resolve("UBND tỉnh Tuyên Quang", "Tuyên Quang", committees, List.of()).agencyId())
                .isEqualTo(5L);
        assertThat(NameResolver.resolve("UBND tỉnh", "Tuyên Quang", committees, List.of()).agencyId()).isEqualTo(5L);
    }

    @Test
    void acceptsANearMissButSaysItIsNotExact() {
        NameMatch match = resolve("Sở Ngoai vu.");
        assertThat(match.agencyId()).isEqualTo(3L);
        NameMatch typo = resolve("Sở Ngoạivụ");
        assertThat(typo.agencyId()).isEqualTo(3L);
        assertThat(typo.exact()).isFalse();
    }

    @Test
    void resolvesGroupsByTheirNameOrAnyOfTheirSpellings() {
        assertThat(resolve("Các sở, ban, ngành").groupId()).isEqualTo(10L);
        assertThat(resolve("các Sở, Ban ngành").groupId()).isEqualTo(10L);
    }

    @Test
    void leavesUnknownNamesUnresolved() {
        assertThat(resolve("Hội Nông dân tỉnh").resolved()).isFalse();
        assertThat(resolve("   ").resolved()).isFalse();
    }

    @Test
    void prefersTheActiveSuccessorWhenAnOldNameIsAlsoItsAlias() {
        information.active = false;
        culture.addAlias("Sở Thông tin và Truyền thông");
        assertThat(resolve("Sở Thông tin và Truyền thông").agencyId()).isEqualTo(2L);
    }

    private NameMatch resolve(String printed) {
        return NameResolver.resolve(printed, "Tuyên Quang", agencies, List.of(departments));
    }

    private static Agency agency(long id, String name, String shortName) {
        Agency a = new Agency();
        a.id = id;
        a.provinceId = 1;
        a.kind = AgencyKind.DEPARTMENT;
        a.fullName = name;
        a.shortName = shortName;
        return a;
    }

    private static AgencyGroup group(long id, String name, String aliases) {
        AgencyGroup g = new AgencyGroup();
        g.id = id;
        g.provinceId = 1;
        g.name = name;
        g.nameKey = AgencyNameKey.of(name);
        g.aliases = aliases;
        g.setKinds(Set.of(AgencyKind.DEPARTMENT, AgencyKind.BOARD));
        return g;
    }
}
