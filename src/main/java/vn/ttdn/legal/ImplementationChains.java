package vn.ttdn.legal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ttdn.common.TextFolding;

/**
 * Finds "A thực hiện B" in a text: "Chương trình hành động số 66-CTr/TU ngày 09/10/2023 của Tỉnh ủy thực hiện Kết
 * luận số 57-KL/TW" says that 66-CTr/TU implements 57-KL/TW, although TTĐN may never see 66-CTr/TU itself. Two
 * citations joined by "và" or separated by a sentence are not a chain.
 */
public final class ImplementationChains {

    /** The longest gap between two citations that can still be "of the issuer, implementing". */
    private static final int MAX_GAP = 120;

    private ImplementationChains() {
    }

    public record Chain(DocumentNumber implementing, DocumentNumber implemented) {
    }

    public static List<Chain> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Citation> citations = CitationFinder.find(text);
        List<Chain> chains = new ArrayList<>();
        for (int k = 0; k + 1 < citations.size(); k++) {
            Citation a = citations.get(k);
            Citation b = citations.get(k + 1);
            if (b.start() > a.end() && b.start() - a.end() <= MAX_GAP && implementing(text.substring(a.end(), b.start()))
                    && !a.sameDocumentAs(b)) {
                chains.add(new Chain(a.number(), b.number()));
            }
        }
        return chains;
    }

    /** The words between the two: an optional issuer ("của Tỉnh ủy"), then the verb that makes A implement B. */
    private static boolean implementing(String gap) {
        if (gap.indexOf(';') >= 0 || gap.indexOf('.') >= 0 || gap.indexOf('\n') >= 0) {
            return false;
        }
        String g = TextFolding.fold(gap).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\s+", " ").strip();
        return g.endsWith("thuc hien") || g.endsWith("trien khai") || g.endsWith("trien khai thuc hien")
                || g.endsWith("thuc hien cac");
    }
}
