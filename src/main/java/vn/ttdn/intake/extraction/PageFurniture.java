package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running headers and footers in the text of a PDF's pages: a line among the first or last two of a page that comes
 * back on other pages (digits aside: "Trang 2", "- 3 -") is the page's furniture, not the document's text, and would
 * otherwise cut a sentence or a table row running over the page break.
 */
final class PageFurniture {

    private static final int EDGE = 2;

    private PageFurniture() {
    }

    /** The pages' lines joined, furniture left out. */
    static String strip(List<List<String>> pages) {
        Map<String, Integer> count = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i : edges(page)) {
                if (seen.add(key(page.get(i)))) {
                    count.merge(key(page.get(i)), 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        StringBuilder sb = new StringBuilder();
        for (List<String> page : pages) {
            Set<Integer> drop = new HashSet<>();
            for (int i : edges(page)) {
                if (count.getOrDefault(key(page.get(i)), 0) >= needed && letters(page.get(i)) >= 3) {
                    drop.add(i);
                }
            }
            for (int i = 0; i < page.size(); i++) {
                if (!drop.contains(i)) {
                    sb.append(page.get(i)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Indexes of the first and last {@link #EDGE} non-blank lines. */
    private static List<Integer> edges(List<String> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < nonBlank.size(); k++) {
            if (k < EDGE || k >= nonBlank.size() - EDGE) {
                out.add(nonBlank.get(k));
            }
        }
        return out;
    }

    /** A lone number is left to {@link PageDebris}: at a page's edge it may be a table row's number too. */
    private static int letters(String line) {
        return (int) line.chars().filter(Character::isLetter).count();
    }

    private static String key(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
