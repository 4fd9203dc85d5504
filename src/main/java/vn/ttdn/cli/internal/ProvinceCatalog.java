package vn.ttdn.cli.internal;

import java.util.List;

/**
 * The 34 provinces and cities in force since 1 July 2025, with the traits that change what their plans say:
 * a sea coast (sovereignty over seas and islands, IUU fishing) and a land border (TTĐN at border gates).
 */
final class ProvinceCatalog {

    /** One province: the name the directory shows, the place name used inside agency names, its traits. */
    record ProvinceSpec(String code, String name, String place, boolean city, boolean coastal, boolean border) {

        /** "tỉnh" or "thành phố", as agency names write it ("Công an tỉnh Khánh Hòa"). */
        String level() {
            return city ? "thành phố" : "tỉnh";
        }

        /** "tỉnh Khánh Hòa", "thành phố Hà Nội". */
        String fullName() {
            return level() + " " + place;
        }

        /** "Tỉnh ủy" or "Thành ủy". */
        String partyCommittee() {
            return city ? "Thành ủy" : "Tỉnh ủy";
        }
    }

    static final List<ProvinceSpec> ALL = List.of(
            city("ha-noi", "Hà Nội", false, false),
            city("ho-chi-minh", "TP Hồ Chí Minh", "Hồ Chí Minh", true, false),
            city("hai-phong", "Hải Phòng", true, false),
            city("da-nang", "Đà Nẵng", true, true),
            city("hue", "Huế", true, true),
            city("can-tho", "Cần Thơ", true, false),
            province("quang-tri", "Quảng Trị", true, true),
            province("tuyen-quang", "Tuyên Quang", false, true),
            province("phu-tho", "Phú Thọ", false, false),
            province("khanh-hoa", "Khánh Hòa", true, false),
            province("lao-cai", "Lào Cai", false, true),
            province("thai-nguyen", "Thái Nguyên", false, false),
            province("lang-son", "Lạng Sơn", false, true),
            province("cao-bang", "Cao Bằng", false, true),
            province("dien-bien", "Điện Biên", false, true),
            province("lai-chau", "Lai Châu", false, true),
            province("son-la", "Sơn La", false, true),
            province("quang-ninh", "Quảng Ninh", true, true),
            province("bac-ninh", "Bắc Ninh", false, false),
            province("hung-yen", "Hưng Yên", true, false),
            province("ninh-binh", "Ninh Bình", true, false),
            province("thanh-hoa", "Thanh Hóa", true, true),
            province("nghe-an", "Nghệ An", true, true),
            province("ha-tinh", "Hà Tĩnh", true, true),
            province("quang-ngai", "Quảng Ngãi", true, true),
            province("gia-lai", "Gia Lai", true, true),
            province("dak-lak", "Đắk Lắk", true, true),
            province("lam-dong", "Lâm Đồng", true, true),
            province("dong-nai", "Đồng Nai", false, true),
            province("tay-ninh", "Tây Ninh", false, true),
            province("vinh-long", "Vĩnh Long", true, false),
            province("dong-thap", "Đồng Tháp", true, true),
            province("an-giang", "An Giang", true, true),
            province("ca-mau", "Cà Mau", true, false));

    private ProvinceCatalog() {
    }

    private static ProvinceSpec city(String code, String name, boolean coastal, boolean border) {
        return new ProvinceSpec(code, name, name, true, coastal, border);
    }

    private static ProvinceSpec city(String code, String name, String place, boolean coastal, boolean border) {
        return new ProvinceSpec(code, name, place, true, coastal, border);
    }

    private static ProvinceSpec province(String code, String name, boolean coastal, boolean border) {
        return new ProvinceSpec(code, name, name, false, coastal, border);
    }
}
