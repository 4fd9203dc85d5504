package vn.ttdn.legal;

import java.util.List;
import java.util.Set;

/**
 * Whether a document number names one document nationwide or only within a province. Every province's people's
 * committee issues its own "13980/KH-UBND" and every provincial Party committee its own "66-CTr/TU", so such a
 * number means a document only together with the province of the plan that cites it; "57-KL/TW" or
 * "72/2015/NĐ-CP" is one document everywhere.
 */
public final class IssuerScope {

    /** Issuer codes of provincial bodies: people's committee and council, Party committee, their offices. */
    private static final Set<String> PROVINCIAL = Set.of("UBND", "HĐND", "TU", "BTGTU", "BCĐ", "MTTQ", "VP");

    private IssuerScope() {
    }

    /** Words that name a central body in a document cited without a number. */
    private static final List<String> CENTRAL = List.of("Trung ương", "Chính phủ", "Quốc hội", "Bộ Chính trị",
            "Ban Bí thư", "Thủ tướng", "Bộ ", "Ủy ban Thường vụ Quốc hội");

    /**
     * For a document cited without a number: laws and what central bodies issue are one document everywhere; a
     * programme or plan of "Tỉnh ủy", "UBND tỉnh" or of nobody named is its province's.
     */
    public static boolean provincial(String kind, String issuer, String name) {
        if ("Luật".equals(kind) || "Pháp lệnh".equals(kind) || "Hiến pháp".equals(kind)) {
            return false;
        }
        String where = (issuer == null ? "" : issuer) + " | " + (name == null ? "" : name);
        return CENTRAL.stream().noneMatch(where::contains);
    }

    /** True when the number only identifies a document within the province of whoever cites it. */
    public static boolean provincial(DocumentNumber number) {
        String symbol = number.symbol();
        String issuer = symbol.substring(Math.max(symbol.lastIndexOf('-'), symbol.lastIndexOf('/')) + 1);
        // Provincial departments sign as S + initials: STTTT, SVHTTDL, SNgV.
        return PROVINCIAL.contains(issuer) || issuer.length() > 1 && issuer.charAt(0) == 'S'
                && Character.isUpperCase(issuer.charAt(1));
    }
}
