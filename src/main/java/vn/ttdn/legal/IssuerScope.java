package vn.ttdn.legal;

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

    /** True when the number only identifies a document within the province of whoever cites it. */
    public static boolean provincial(DocumentNumber number) {
        String symbol = number.symbol();
        String issuer = symbol.substring(Math.max(symbol.lastIndexOf('-'), symbol.lastIndexOf('/')) + 1);
        // Provincial departments sign as S + initials: STTTT, SVHTTDL, SNgV.
        return PROVINCIAL.contains(issuer) || issuer.length() > 1 && issuer.charAt(0) == 'S'
                && Character.isUpperCase(issuer.charAt(1));
    }
}
