package vn.ttdn.directory.internal;

import java.util.Map;
import vn.ttdn.common.TextFolding;

/**
 * The key two spellings of one agency's name share: folded, punctuation gone, common abbreviations written out.
 * "Sở TT&TT", "Sở Thông tin và Truyền thông" and "so thong tin va truyen thong" have one key.
 */
final class AgencyNameKey {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("tt va tt", "thong tin va truyen thong"),
            Map.entry("tttt", "thong tin va truyen thong"),
            Map.entry("vhttdl", "van hoa the thao va du lich"),
            Map.entry("vh tt va dl", "van hoa the thao va du lich"),
            Map.entry("kh va dt", "ke hoach va dau tu"),
            Map.entry("khdt", "ke hoach va dau tu"),
            Map.entry("kh va cn", "khoa hoc va cong nghe"),
            Map.entry("khcn", "khoa hoc va cong nghe"),
            Map.entry("ldtbxh", "lao dong thuong binh va xa hoi"),
            Map.entry("gd va dt", "giao duc va dao tao"),
            Map.entry("gddt", "giao duc va dao tao"),
            Map.entry("pt va th", "phat thanh va truyen hinh"),
            Map.entry("ptth", "phat thanh va truyen hinh"),
            Map.entry("chqs", "chi huy quan su"),
            Map.entry("bdbp", "bo doi bien phong"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("vp", "van phong"),
            Map.entry("tp", "thanh pho"),
            Map.entry("xtdt", "xuc tien dau tu"),
            Map.entry("nn va ptnt", "nong nghiep va phat trien nong thon"),
            Map.entry("tn va mt", "tai nguyen va moi truong"),
            Map.entry("gtvt", "giao thong van tai"));

    private AgencyNameKey() {
    }

    static String of(String name) {
        // "&" means "và" in abbreviations (TT&TT); folding would otherwise drop it with the other punctuation.
        String plain = TextFolding.fold(name.replace("&", " và "));
        if (plain.startsWith("cac ")) {
            plain = plain.substring(4);
        }
        String padded = " " + plain + " ";
        for (var e : ABBREVIATIONS.entrySet()) {
            padded = padded.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        return padded.strip();
    }

    /**
     * The key without a trailing province name and the word for the province level, so that "Công an tỉnh",
     * "Công an tỉnh Tuyên Quang" and "Sở Thông tin và Truyền thông tỉnh Tuyên Quang" / "Sở Thông tin và Truyền
     * thông" meet: "cong an tinh tuyen quang" → "cong an".
     */
    static String withoutProvince(String key, String provinceName) {
        String province = of(provinceName);
        String stripped = key;
        if (!province.isEmpty() && stripped.endsWith(" " + province)) {
            stripped = stripped.substring(0, stripped.length() - province.length() - 1).strip();
        }
        for (String level : new String[]{" tinh", " thanh pho"}) {
            if (stripped.endsWith(level) && stripped.length() > level.length()) {
                return stripped.substring(0, stripped.length() - level.length()).strip();
            }
        }
        return stripped;
    }

    /** Similarity in [0, 1] from the edit distance, for near misses ("Sở Ngoai vụ"). */
    static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) editDistance(a, b) / max;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
