package vn.ttdn.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.Directory;

/**
 * The seed provinces and their agencies before 1 July 2025: the departments, boards, press, armed forces and
 * organisations that the seed plans name, and some districts. Names are the agencies' real names.
 */
final class DemoDirectory {

    record ProvinceSpec(String code, String name, boolean border, List<String> districts) {
    }

    static final List<ProvinceSpec> PROVINCES = List.of(
            new ProvinceSpec("QB", "Quảng Bình", true, List.of("thành phố Đồng Hới", "thị xã Ba Đồn",
                    "huyện Bố Trạch", "huyện Minh Hóa", "huyện Lệ Thủy")),
            new ProvinceSpec("QT", "Quảng Trị", true, List.of("thành phố Đông Hà", "huyện Hướng Hóa")),
            new ProvinceSpec("TQ", "Tuyên Quang", false, List.of("thành phố Tuyên Quang", "huyện Sơn Dương",
                    "huyện Na Hang", "huyện Chiêm Hóa")),
            new ProvinceSpec("HG", "Hà Giang", true, List.of("thành phố Hà Giang", "huyện Đồng Văn")),
            new ProvinceSpec("HB", "Hòa Bình", false, List.of("thành phố Hòa Bình", "huyện Mai Châu",
                    "huyện Lương Sơn")),
            new ProvinceSpec("VP", "Vĩnh Phúc", false, List.of("thành phố Vĩnh Yên")),
            new ProvinceSpec("PT", "Phú Thọ", false, List.of("thành phố Việt Trì")),
            new ProvinceSpec("KH", "Khánh Hòa", true, List.of("thành phố Nha Trang", "thành phố Cam Ranh",
                    "huyện Trường Sa", "huyện Vạn Ninh")),
            new ProvinceSpec("NT", "Ninh Thuận", true, List.of("thành phố Phan Rang - Tháp Chàm")));

    /** Merged on 1 July 2025: predecessor code → successor code. */
    static final Map<String, String> PROVINCE_MERGERS = Map.of("QB", "QT", "HG", "TQ", "HB", "PT", "VP", "PT",
            "NT", "KH");

    static final String DISTRICTS_GROUP = "UBND các huyện, thị xã, thành phố";
    static final String COMMUNES_GROUP = "UBND các xã, phường, đặc khu";

    /**
     * 1 July 2025, districts ended (Nghị quyết 1667/NQ-UBTVQH15 for Khánh Hòa): the communes, wards and special zone
     * that took over the seed districts, where the list is known for certain. The other districts' work goes to the
     * group of all communes and wards of the province rather than to invented names.
     */
    static final Map<String, List<String>> DISTRICT_SUCCESSORS = Map.of(
            "thành phố Nha Trang", List.of("phường Nha Trang", "phường Bắc Nha Trang", "phường Tây Nha Trang",
                    "phường Nam Nha Trang"),
            "huyện Vạn Ninh", List.of("xã Vạn Ninh", "xã Tu Bông", "xã Đại Lãnh", "xã Vạn Thắng", "xã Vạn Hưng"),
            "huyện Trường Sa", List.of("đặc khu Trường Sa"),
            "thành phố Cam Ranh", List.of("xã Nam Cam Ranh"));
    /** Districts whose listed successors are only part of the story: the rest of the area goes to the group. */
    static final java.util.Set<String> PARTLY_LISTED = java.util.Set.of("thành phố Cam Ranh");

    static final String OLD_COORDINATOR = "Sở Thông tin và Truyền thông";
    static final String NEW_COORDINATOR = "Sở Văn hóa, Thể thao và Du lịch";

    private DemoDirectory() {
    }

    /** Creates a province's agencies and groups; returns agency ids by full name. */
    static Map<String, Long> create(Directory directory, long provinceId, ProvinceSpec spec) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String[] row : agencies(spec)) {
            AgencyForm form = AgencyForm.of(provinceId, AgencyKind.valueOf(row[0]), row[1], row[2]);
            form.setCoordinator(row[1].equals(OLD_COORDINATOR));
            form.setAliases(row.length > 3 ? row[3] : null);
            form.setEmail(null);
            ids.put(row[1], directory.createAgency(form));
        }
        directory.createGroup(provinceId, "Các sở, ban, ngành", EnumSet.of(AgencyKind.DEPARTMENT, AgencyKind.BOARD),
                List.of(), List.of("Các sở, ban ngành", "Các sở, ban, ngành tỉnh", "Các sở, ban, ngành, đoàn thể tỉnh",
                        "Các Sở, Ban, Ngành", "sở, ban, ngành"));
        directory.createGroup(provinceId, "Các sở, ban, ngành, đơn vị cấp tỉnh",
                EnumSet.of(AgencyKind.DEPARTMENT, AgencyKind.BOARD, AgencyKind.OTHER, AgencyKind.PROVINCIAL_OFFICE),
                List.of(), List.of("Các sở, ban, ngành, đơn vị", "các cơ quan, đơn vị cấp tỉnh"));
        directory.createGroup(provinceId, "UBND các huyện, thị xã, thành phố", EnumSet.of(AgencyKind.PEOPLES_COMMITTEE),
                List.of(), List.of("UBND các huyện, thành phố", "Ủy ban nhân dân huyện, thành phố",
                        "Ủy ban nhân dân các huyện, thành phố", "UBND huyện, thành phố", "UBND các huyện, thị xã",
                        "Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND cấp huyện"));
        directory.createGroup(provinceId, "Các cơ quan báo chí tỉnh", EnumSet.of(AgencyKind.PRESS), List.of(),
                List.of("Các cơ quan báo chí", "các cơ quan báo chí của tỉnh", "cơ quan báo chí",
                        "các cơ quan thông tấn, báo chí"));
        directory.createGroup(provinceId, "Các đơn vị lực lượng vũ trang", EnumSet.of(AgencyKind.ARMED_FORCES),
                List.of(), List.of("đơn vị lực lượng vũ trang", "lực lượng vũ trang tỉnh"));
        directory.createGroup(provinceId, "Các cơ quan, đơn vị liên quan", EnumSet.noneOf(AgencyKind.class), List.of(),
                List.of("Các cơ quan, đơn vị có liên quan", "các cơ quan có liên quan", "các cơ quan liên quan",
                        "các cơ quan đơn vị có liên quan", "các đơn vị liên quan", "các cơ quan, đơn vị, địa phương liên quan"));
        return ids;
    }

    /** The group of the communes, wards and special zones of a province after 1 July 2025. */
    static long createCommunesGroup(Directory directory, long provinceId) {
        return directory.createGroup(provinceId, COMMUNES_GROUP, EnumSet.of(AgencyKind.PEOPLES_COMMITTEE), List.of(),
                List.of("UBND các xã, phường", "Ủy ban nhân dân các xã, phường", "UBND các xã, phường, đặc khu",
                        "Ủy ban nhân dân các xã, phường, đặc khu", "UBND cấp xã", "Ủy ban nhân dân cấp xã"));
    }

    /** A commune's, ward's or special zone's people's committee, created in the province it belongs to now. */
    static long createCommune(Directory directory, long provinceId, String commune) {
        AgencyForm form = AgencyForm.of(provinceId, AgencyKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân " + commune,
                "UBND " + commune);
        form.setEmail(null);
        return directory.createAgency(form);
    }

    private static List<String[]> agencies(ProvinceSpec spec) {
        String p = spec.name();
        List<String[]> rows = new ArrayList<>(List.of(
                new String[]{"PROVINCIAL_OFFICE", "Ủy ban nhân dân tỉnh", "UBND tỉnh"},
                new String[]{"PROVINCIAL_OFFICE", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"},
                new String[]{"DEPARTMENT", OLD_COORDINATOR, "Sở TT&TT", "Sở TTTT"},
                new String[]{"DEPARTMENT", NEW_COORDINATOR, "Sở VHTTDL", "Sở VH,TT&DL"},
                new String[]{"DEPARTMENT", "Sở Ngoại vụ", null},
                new String[]{"DEPARTMENT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"},
                new String[]{"DEPARTMENT", "Sở Tài chính", null},
                new String[]{"DEPARTMENT", "Sở Nội vụ", null},
                new String[]{"DEPARTMENT", "Sở Công Thương", null},
                new String[]{"DEPARTMENT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"},
                new String[]{"DEPARTMENT", "Sở Tư pháp", null},
                new String[]{"DEPARTMENT", "Sở Khoa học và Công nghệ", "Sở KH&CN"},
                new String[]{"DEPARTMENT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"},
                new String[]{"DEPARTMENT", "Sở Tài nguyên và Môi trường", "Sở TN&MT"},
                new String[]{"DEPARTMENT", "Sở Lao động - Thương binh và Xã hội", "Sở LĐTB&XH"},
                new String[]{"DEPARTMENT", "Sở Y tế", null},
                new String[]{"BOARD", "Ban Tuyên giáo Tỉnh ủy", null},
                new String[]{"BOARD", "Ban Dân tộc tỉnh", null, "Ban Dân tộc"},
                new String[]{"BOARD", "Ban Chỉ đạo Nhân quyền tỉnh", null,
                        "Ban Chỉ đạo công tác Nhân quyền của tỉnh\nThường trực Ban Chỉ đạo công tác Nhân quyền của tỉnh"},
                new String[]{"PRESS", "Báo " + p, null},
                new String[]{"PRESS", "Đài Phát thanh và Truyền hình " + p, "Đài PTTH tỉnh",
                        "Đài Phát thanh và Truyền hình tỉnh\nĐài PT&TH " + p},
                new String[]{"PRESS", "Cổng Thông tin điện tử tỉnh", null},
                new String[]{"PRESS", "Tạp chí Văn nghệ " + p, null},
                new String[]{"ARMED_FORCES", "Công an tỉnh", null},
                new String[]{"ARMED_FORCES", "Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh"},
                new String[]{"MASS_ORGANISATION", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh"},
                new String[]{"MASS_ORGANISATION", "Liên hiệp các tổ chức hữu nghị tỉnh", null},
                new String[]{"MASS_ORGANISATION", "Hội Nhà báo tỉnh", null},
                new String[]{"OTHER", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Trung tâm XTĐT, TM&DL",
                        "Trung tâm Xúc tiến đầu tư\nTrung tâm Xúc tiến đầu tư Thương mại và Du lịch"},
                new String[]{"OTHER", "Trung tâm Công nghệ thông tin và Truyền thông", null}));
        if (spec.border()) {
            rows.add(new String[]{"ARMED_FORCES", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ CHBĐBP tỉnh"});
        }
        for (String district : spec.districts()) {
            rows.add(new String[]{"PEOPLES_COMMITTEE", "Ủy ban nhân dân " + district, "UBND " + district});
        }
        return rows;
    }
}
