package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins syllables that PDF text extraction split with a space ("c ủa" → "của", "Chi ến" → "Chiến").
 * Two neighbouring pieces are joined only when together they form one valid syllable and at least one of them
 * is not a syllable of its own, or the second is a bare rhyme ("ến") that Vietnamese never writes alone.
 */
final class SyllableRepair {

    private SyllableRepair() {
    }

    static String repair(String line) {
        if (!hasNonAsciiLetter(line)) {
            return line;
        }
        List<String> tokens = tokenize(line);
        int k = 0;
        while (k + 2 < tokens.size()) {
            String a = tokens.get(k);
            String b = tokens.get(k + 2);
            if (isWord(a) && " ".equals(tokens.get(k + 1)) && isWord(b) && shouldJoin(a, b)) {
                tokens.set(k, a + b);
                tokens.subList(k + 1, k + 3).clear();
            } else {
                k++;
            }
        }
        return String.join("", tokens);
    }

    /** Runs of letters, and every other character on its own. */
    private static List<String> tokenize(String line) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int start = i;
            while (i < line.length() && Character.isLetter(line.charAt(i))) {
                i++;
            }
            if (i == start) {
                i++;
            }
            tokens.add(line.substring(start, i));
        }
        return tokens;
    }

    private static boolean isWord(String t) {
        return Character.isLetter(t.charAt(0));
    }

    static boolean shouldJoin(String previous, String next) {
        String prev = previous;
        if (!isLowerOrCapitalised(prev) || !isAllLower(next) || prev.length() + next.length() > 8) {
            return false;
        }
        if (!VietnameseSyllables.isSyllable(prev + next)) {
            return false;
        }
        boolean prevValid = VietnameseSyllables.isSyllable(prev);
        boolean nextValid = VietnameseSyllables.isSyllable(next);
        if (!prevValid || !nextValid) {
            return true;
        }
        return VietnameseSyllables.startsWithVowel(next) && !VietnameseSyllables.isStandaloneVowelWord(next);
    }

    private static boolean isLowerOrCapitalised(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllLower(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonAsciiLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F && Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
