package vn.ttdn.cli.internal;

import java.util.Random;

/** Plausible Vietnamese full names for the TTĐN officers and leaders of sample agencies. */
final class PeopleNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lưu", "Trương", "Mai"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Xuân"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Thanh", "Thùy", "Minh", "Hồng", "Kim"};
    private static final String[] GIVEN_MALE = {"Anh", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long",
            "Nam", "Phong", "Quang", "Sơn", "Thắng", "Trung", "Tuấn", "Việt"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai",
            "Nga", "Ngân", "Phương", "Thảo", "Trang", "Vân", "Yến", "Dung"};

    private PeopleNames() {
    }

    static String next(Random random) {
        boolean female = random.nextBoolean();
        String family = pick(FAMILY, random);
        String middle = pick(female ? MIDDLE_FEMALE : MIDDLE_MALE, random);
        String given = pick(female ? GIVEN_FEMALE : GIVEN_MALE, random);
        return family + " " + middle + " " + given;
    }

    static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
