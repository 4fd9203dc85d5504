package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A preamble as the items it cites from: each "Căn cứ …", "Thực hiện …", "Xét đề nghị …" line with the lines that
 * finish it (a PDF or a narrow column breaks "ngày 19 tháng / 6 năm 2015"), and the dash items under a bare
 * "Căn cứ:" ("- Luật …;", "- Nghị định số …;"). Stops at the enacting words ("QUYẾT ĐỊNH:", "Điều 1.").
 */
public final class PreambleItems {

    /** One item's text, its lines joined by a space; line indices are 0-based and inclusive. */
    public record Item(String text, int lineFrom, int lineTo) {
    }

    /** Lines joined to one item at most: a citation is never longer, a body paragraph is not swallowed. */
    private static final int MAX_EXTRA_LINES = 3;

    private PreambleItems() {
    }

    public static List<Item> in(List<String> lines, int from, int to) {
        List<Item> items = new ArrayList<>();
        boolean list = false;
        int end = Math.min(to, lines.size());
        for (int i = Math.max(0, from); i < end; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (enacting(t)) {
                break;
            }
            boolean opener = Enactment.isPreambleOpener(t);
            boolean bullet = list && bullet(t);
            if (!opener && !bullet) {
                list = false;
                // A flattened copy: header, preamble and body on one line. Only before any item, so that a body
                // sentence ("… . Thực hiện Kế hoạch số …") of a document whose body start was missed is never one.
                int at = items.isEmpty() ? openerInside(t) : -1;
                if (at > 0) {
                    items.add(new Item(beforeEnacting(t.substring(at)), i, i));
                }
                continue;
            }
            StringBuilder text = new StringBuilder(bullet ? t.substring(1).strip() : t);
            int j = i;
            while (!complete(text) && j + 1 < end && j - i < MAX_EXTRA_LINES) {
                String next = lines.get(j + 1).strip();
                if (next.isEmpty() || enacting(next) || Enactment.isPreambleOpener(next) || bullet(next)) {
                    break;
                }
                text.append(' ').append(next);
                j++;
            }
            items.add(new Item(text.toString(), i, j));
            if (opener) {
                list = listHead(t);
            }
            i = j;
        }
        return items;
    }

    /** Capitalised openers that start a preamble inside a line, after punctuation or the header's capitals. */
    private static final List<String> INNER_OPENERS = List.of(" Căn cứ ", " Căn cứ:", " Thực hiện ", " Triển khai ",
            " CĂN CỨ "); // " THỰC HIỆN " only apart: capital titles hold it ("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT …")

    /** Where a preamble starts inside a line ("… TỈNH HẬU GIANG Căn cứ Luật …"), else -1. */
    private static int openerInside(String t) {
        int best = -1;
        for (String o : INNER_OPENERS) {
            int at = t.indexOf(o);
            while (at > 0 && Character.isLowerCase(t.charAt(at - 1))) {
                at = t.indexOf(o, at + 1); // "… để thực hiện": a verb inside a sentence
            }
            if (at > 0 && (best < 0 || at < best)) {
                best = at + 1;
            }
        }
        return best > 0 ? best : capitalThucHien(t);
    }

    /**
     * Words that make a following "THỰC HIỆN" part of a capital title ("KẾ HOẠCH THỰC HIỆN …", "TRIỂN KHAI THỰC
     * HIỆN …", "VỀ VIỆC THỰC HIỆN …"), not the opener of a preamble.
     */
    private static final List<String> TITLE_WORDS_BEFORE_THUC_HIEN = List.of("HOẠCH", "TRÌNH", "ÁN", "KHAI", "CHỨC",
            "VIỆC", "TỤC", "ĐỘNG", "HỢP", "ĐỂ", "VÀ", "GIÁ", "KẾT", "QUẢ", "HÌNH", "DẪN", "SÁT", "TRA", "PHÁP", "VỤ",
            "CÁO", "TRƯƠNG", "ĐỐT", "CƯỜNG", "NHẰM", "THÚC", "ĐẨY", "LƯỢC", "CHẾ", "ĐỊNH", "TRẠNG");

    /** Capital kinds a preamble's "THỰC HIỆN" names right after it. */
    private static final List<String> CAPITAL_KINDS = List.of("NGHỊ QUYẾT ", "NGHỊ ĐỊNH ", "QUYẾT ĐỊNH ", "CHỈ THỊ ",
            "KẾ HOẠCH ", "CHƯƠNG TRÌNH ", "KẾT LUẬN ", "CÔNG VĂN ", "VĂN BẢN ", "HƯỚNG DẪN ", "THÔNG TƯ ", "THÔNG BÁO ",
            "LUẬT ", "ĐỀ ÁN ", "QUY ĐỊNH ");

    /**
     * An all-capital preamble in a flattened copy ("… TỈNH NGHỆ AN THỰC HIỆN CHỈ THỊ SỐ 16/CT-TTG …"), looked for only
     * when no other opener is in the line: "THỰC HIỆN" followed by a kind word and not by a title's own words.
     */
    private static int capitalThucHien(String t) {
        String o = " THỰC HIỆN ";
        for (int at = t.indexOf(o); at > 0; at = t.indexOf(o, at + 1)) {
            int after = at + o.length();
            if (CAPITAL_KINDS.stream().noneMatch(k -> t.startsWith(k, after))) {
                continue;
            }
            int wordStart = t.lastIndexOf(' ', at - 1) + 1;
            String before = t.substring(wordStart, at);
            if (!TITLE_WORDS_BEFORE_THUC_HIEN.contains(before)) {
                return at + 1;
            }
        }
        return -1;
    }

    /** The text up to the enacting words of a flattened decision ("QUYẾT ĐỊNH:", "Điều 1."). */
    private static String beforeEnacting(String t) {
        int end = t.length();
        for (String mark : new String[] {"QUYẾT ĐỊNH:", " Điều 1"}) {
            int at = t.indexOf(mark);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return t.substring(0, end).strip();
    }

    /** "Căn cứ:", "Căn cứ các văn bản sau:": a head whose documents follow as dash items, not "… như sau:". */
    private static boolean listHead(String t) {
        return t.endsWith(":") && t.length() <= 60 && !t.toLowerCase(Locale.ROOT).contains("như sau");
    }

    private static boolean bullet(String t) {
        char c = t.charAt(0);
        return (c == '-' || c == '+' || c == '–' || c == '•' || c == '*') && t.length() > 1 && t.charAt(1) == ' ';
    }

    private static boolean complete(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == ';' || last == '.' || last == ':';
    }

    private static boolean enacting(String t) {
        String upper = t.toUpperCase(Locale.ROOT);
        return upper.startsWith("QUYẾT ĐỊNH:") || upper.startsWith("ĐIỀU ");
    }
}
