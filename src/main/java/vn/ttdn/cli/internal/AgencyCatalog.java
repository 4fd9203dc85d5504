package vn.ttdn.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.ttdn.cli.internal.ProvinceCatalog.ProvinceSpec;
import vn.ttdn.directory.AgencyKind;

/**
 * The agencies of a province as they stand since the 2025 reorganisation: the departments (14 sở at most), the
 * Party boards, press, armed forces, mass organisations, and the communes and wards filling the rest.
 */
final class AgencyCatalog {

    /** One agency to create. The coordinator is Sở Văn hóa, Thể thao và Du lịch. */
    record AgencySpec(AgencyKind kind, String fullName, String shortName, boolean coordinator) {
    }

    static final String COORDINATOR_NAME = "Sở Văn hóa, Thể thao và Du lịch";

    private static final String[] DEPARTMENTS = {
            "Sở Nội vụ|Sở NV", "Sở Tài chính|Sở TC", "Sở Tư pháp|Sở TP", "Sở Công Thương|Sở CT",
            "Sở Nông nghiệp và Môi trường|Sở NN&MT", "Sở Xây dựng|Sở XD", "Sở Khoa học và Công nghệ|Sở KH&CN",
            "Sở Giáo dục và Đào tạo|Sở GD&ĐT", "Sở Y tế|Sở YT", "Sở Ngoại vụ|Sở NgV",
            "Sở Dân tộc và Tôn giáo|Sở DT&TG"};
    private static final String[] COMMUNE_FIRST = {"Tân", "Hòa", "Phú", "An", "Bình", "Long", "Thạnh", "Vĩnh",
            "Xuân", "Quang", "Đông", "Hưng", "Thuận", "Phước", "Mỹ", "Đức", "Minh", "Trung", "Thanh", "Hải", "Kim",
            "Ngọc", "Cẩm", "Tam", "Yên", "Đại", "Lạc", "Quảng"};
    private static final String[] COMMUNE_SECOND = {"Lợi", "Thành", "Phú", "Hòa", "An", "Sơn", "Hưng", "Lộc",
            "Thịnh", "Tiến", "Phong", "Hải", "Mỹ", "Bình", "Long", "Quý", "Lập", "Khánh", "Điền", "Xuân", "Hiệp",
            "Nghĩa", "Trạch", "Giang"};

    private AgencyCatalog() {
    }

    /** Exactly {@code count} agencies (at least the fixed ones), communes filling up to the count. */
    static List<AgencySpec> forProvince(ProvinceSpec p, int count, Random random) {
        List<AgencySpec> result = new ArrayList<>(fixedAgencies(p));
        List<String> communes = communeNames(p, Math.max(0, count - result.size()), random);
        for (String commune : communes) {
            result.add(new AgencySpec(AgencyKind.PEOPLES_COMMITTEE, "UBND " + commune, null, false));
        }
        return result;
    }

    private static List<AgencySpec> fixedAgencies(ProvinceSpec p) {
        String lv = p.fullName();
        String party = p.partyCommittee();
        List<AgencySpec> list = new ArrayList<>();
        list.add(new AgencySpec(AgencyKind.DEPARTMENT, COORDINATOR_NAME, "Sở VHTTDL", true));
        for (String entry : DEPARTMENTS) {
            String[] parts = entry.split("\\|");
            list.add(new AgencySpec(AgencyKind.DEPARTMENT, parts[0], parts[1], false));
        }
        list.add(new AgencySpec(AgencyKind.DEPARTMENT, "Thanh tra " + p.level(), "TT", false));
        list.add(new AgencySpec(AgencyKind.PROVINCIAL_OFFICE, "Văn phòng UBND " + p.level(), "VP UBND", false));
        list.add(new AgencySpec(AgencyKind.PROVINCIAL_OFFICE, "Văn phòng " + party, "VP " + party, false));
        list.add(new AgencySpec(AgencyKind.PROVINCIAL_OFFICE, "Văn phòng Đoàn ĐBQH và HĐND " + p.level(),
                "VP Đoàn ĐBQH và HĐND", false));
        list.add(new AgencySpec(AgencyKind.BOARD, "Ban Tuyên giáo và Dân vận " + party, "Ban TG&DV", false));
        list.add(new AgencySpec(AgencyKind.BOARD, "Ban Tổ chức " + party, "Ban TC", false));
        list.add(new AgencySpec(AgencyKind.BOARD, "Ban Nội chính " + party, "Ban NC", false));
        list.add(new AgencySpec(AgencyKind.BOARD, "Ban Quản lý các khu công nghiệp " + lv, "BQL KCN", false));
        list.add(new AgencySpec(AgencyKind.BOARD, p.coastal() || p.border()
                ? "Ban Quản lý Khu kinh tế " + lv : "Ban Quản lý dự án đầu tư xây dựng " + lv, "BQL", false));
        list.addAll(outsideGovernment(p));
        return list;
    }

    /** Press, armed forces, mass organisations and public service units. */
    private static List<AgencySpec> outsideGovernment(ProvinceSpec p) {
        String lv = p.fullName();
        List<AgencySpec> list = new ArrayList<>();
        list.add(new AgencySpec(AgencyKind.PRESS, "Báo và Phát thanh, Truyền hình " + p.place(), "Báo và PT-TH",
                false));
        list.add(new AgencySpec(AgencyKind.PRESS, "Cổng Thông tin điện tử " + lv, "Cổng TTĐT", false));
        list.add(new AgencySpec(AgencyKind.PRESS, "Tạp chí Văn nghệ " + p.place(), null, false));
        list.add(new AgencySpec(AgencyKind.ARMED_FORCES, "Công an " + lv, "CA " + p.level(), false));
        list.add(new AgencySpec(AgencyKind.ARMED_FORCES, "Bộ Chỉ huy Quân sự " + lv, "Bộ CHQS", false));
        if (p.coastal() || p.border()) {
            list.add(new AgencySpec(AgencyKind.ARMED_FORCES, "Bộ Chỉ huy Bộ đội Biên phòng " + lv, "BĐBP", false));
        }
        list.add(new AgencySpec(AgencyKind.MASS_ORGANISATION, "Ủy ban MTTQ Việt Nam " + lv, "UBMTTQ", false));
        list.add(new AgencySpec(AgencyKind.MASS_ORGANISATION, "Liên hiệp các tổ chức hữu nghị " + lv,
                "Liên hiệp các TCHN", false));
        list.add(new AgencySpec(AgencyKind.MASS_ORGANISATION, "Hội Nhà báo " + lv, "Hội Nhà báo", false));
        list.add(new AgencySpec(AgencyKind.MASS_ORGANISATION, "Hội Liên hiệp Phụ nữ " + lv, "Hội LHPN", false));
        list.add(new AgencySpec(AgencyKind.MASS_ORGANISATION, p.city() ? "Thành đoàn " + p.place()
                : "Tỉnh đoàn " + p.place(), null, false));
        list.add(new AgencySpec(AgencyKind.MASS_ORGANISATION, "Hội Nông dân " + lv, "Hội ND", false));
        list.add(new AgencySpec(AgencyKind.MASS_ORGANISATION, "Liên đoàn Lao động " + lv, "LĐLĐ", false));
        list.add(new AgencySpec(AgencyKind.MASS_ORGANISATION, "Hội Cựu chiến binh " + lv, "Hội CCB", false));
        list.add(new AgencySpec(AgencyKind.OTHER, "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch " + lv,
                "TT XTĐT", false));
        list.add(new AgencySpec(AgencyKind.OTHER, "Trường Chính trị " + lv, null, false));
        list.add(new AgencySpec(AgencyKind.OTHER, "Trung tâm Văn hóa - Nghệ thuật " + lv, null, false));
        return list;
    }

    /** Unique commune and ward names; a city has mostly wards, a province mostly communes. */
    private static List<String> communeNames(ProvinceSpec p, int count, Random random) {
        List<String> pairs = new ArrayList<>();
        for (String first : COMMUNE_FIRST) {
            for (String second : COMMUNE_SECOND) {
                if (!first.equals(second)) {
                    pairs.add(first + " " + second);
                }
            }
        }
        Collections.shuffle(pairs, random);
        Set<String> names = new LinkedHashSet<>();
        double wardShare = p.city() ? 0.6 : 0.15;
        for (int i = 0; i < count && i < pairs.size(); i++) {
            names.add((random.nextDouble() < wardShare ? "phường " : "xã ") + pairs.get(i));
        }
        return List.copyOf(names);
    }
}
