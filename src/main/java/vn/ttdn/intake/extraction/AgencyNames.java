package vn.ttdn.intake.extraction;

import java.util.List;

/**
 * How names of Vietnamese agencies begin ("Sở …", "UBND …", "Ban …", "các sở, ban, ngành"), used to decide
 * where one agency's name starts in a printed list. The names themselves run on after the prefix
 * ("Sở Văn hóa, Thể thao và Du lịch"), so the prefix is what marks a new agency.
 */
final class AgencyNames {

    /** Longest first where one is a prefix of another. */
    private static final List<String> PREFIXES = List.of(
            "Ủy ban nhân dân", "Uỷ ban nhân dân", "Ủy ban", "Uỷ ban", "UBND", "UBMTTQ", "UB MTTQ", "UB",
            "Bộ Chỉ huy", "Bộ CHQS", "Bộ đội", "Bộ", "Sở", "Ban", "Báo", "Đài", "Công an", "Văn phòng", "VP",
            "Hội đồng", "Hội", "Liên hiệp", "Liên đoàn", "Mặt trận", "MTTQ", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn",
            "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Đảng ủy", "Đảng uỷ", "Đoàn", "Trung tâm",
            "Tạp chí", "Cổng", "Cục", "Chi cục", "Phòng", "Viện", "Học viện", "Trường", "Đại học", "Kho bạc",
            "Ngân hàng", "Thanh tra", "Tòa án", "Toà án", "Cảnh sát", "Hải quan", "Bưu điện", "Thông tấn xã",
            "Thường trực", "HĐND", "Chủ tịch", "Tổng công ty", "Công ty", "Hiệp hội", "Bệnh viện", "Cơ quan",
            "CQ", "Chính quyền", "Lực lượng", "Đơn vị", "Bộ Tư lệnh", "Quân khu", "Bộ đội Biên phòng", "BĐBP",
            "Sở TT&TT", "Cổng TTĐT", "Đài PT-TH", "Đài PTTH", "Ban Quản lý", "BQL", "Ủy ban MTTQ");

    /** Words after a prefix that make it an ordinary word, not an agency ("Ban hành", "Báo cáo"). */
    private static final List<String> NOT_AGENCY = List.of(
            "Ban hành", "Báo cáo", "Hội nghị", "Hội thảo", "Hội chợ", "Hội thi", "Hội diễn", "Hội nhập",
            "Đoàn kết", "Trường hợp", "Phòng chống", "Phòng, chống", "Phòng ngừa", "Bộ phận", "Cơ quan chủ trì",
            "Cơ quan phối hợp", "Cơ quan thực hiện", "Cơ quan chỉ đạo", "Đơn vị thực hiện", "Đơn vị chủ trì",
            "Đơn vị phối hợp", "Cổng thông tin điện tử đối ngoại", "Chủ tịch nước", "Lực lượng vũ trang nhân dân");

    /** Nouns that follow "các" in a group of agencies ("các sở, ban, ngành"). */
    private static final List<String> GROUP_NOUNS = List.of(
            "sở", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "huyện", "thị xã", "thành phố", "xã",
            "phường", "tổ chức", "đoàn thể", "hội", "báo", "đài", "trường", "doanh nghiệp", "lực lượng", "cấp",
            "bộ", "tỉnh", "UBND", "Ủy ban", "Uỷ ban", "phòng", "trung tâm", "chi cục", "cục", "tạp chí",
            "hiệp hội", "cơ sở", "thành viên", "lãnh đạo");

    private AgencyNames() {
    }

    /** True when {@code t} begins with an agency name or group: "Sở Ngoại vụ…", "các cơ quan, đơn vị…". */
    static boolean startsWithAgency(String t) {
        String s = t.strip();
        if (s.regionMatches(true, 0, "các ", 0, 4) || s.regionMatches(true, 0, "những ", 0, 6)) {
            String rest = s.substring(s.indexOf(' ') + 1);
            return startsWithAny(rest, GROUP_NOUNS, true);
        }
        return startsWithAny(s, PREFIXES, false) && !startsWithAny(s, NOT_AGENCY, false);
    }

    private static boolean startsWithAny(String s, List<String> words, boolean ignoreCase) {
        for (String w : words) {
            if (s.regionMatches(ignoreCase, 0, w, 0, w.length())
                    && (s.length() == w.length() || !Character.isLetter(s.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }
}
