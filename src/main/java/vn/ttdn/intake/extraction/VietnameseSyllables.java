package vn.ttdn.intake.extraction;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Knows which strings are well-formed Vietnamese syllables (initial consonant + rhyme + at most one tone),
 * so that pieces PDF extraction splits apart ("c ủa", "Chi ến") can be joined back only when joining makes
 * a syllable and the pieces were not words of their own.
 */
final class VietnameseSyllables {

    private static final List<String> INITIALS = List.of(
            "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");

    private static final Set<String> RHYMES = Set.of((""
            + "a ai am an ang anh ao ap at au ay ac ach ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
            + "e ec em en eng eo ep et ê êch êm ên ênh êp êt êu "
            + "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu "
            + "o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet "
            + "oi om on ong ooc oong op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
            + "u ua uân uâng uât uây uc uê uêch uênh uêt ui um un ung uơ uôc uôi uôm uôn uông uôt up ut "
            + "uy uya uych uyên uyêt uyn uynh uyp uyt uyu ư ưa ưc ưi ưm ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu "
            + "y yêm yên yêng yêt yêu").split(" "));

    /** Real words that begin with a vowel: a split piece equal to one of these is left alone. */
    private static final Set<String> VOWEL_WORDS = Set.of((""
            + "a à á ả ạ ai ái am an anh ảnh ao áo áp ác ách ăn ăng âm ấm ẩm ân ấn ẩn ấp âu ẩu ấy "
            + "e em en eo ép ê êm ếch i im in inh ít ích o oai oán ô ốc ôm ông ổn ốm ổ ồ ơ ơi ơn ở ớt "
            + "u ủng ùn ung uy ủy uỷ uất uyên uyển ư ưa ưng ứng ước ướt ươm ương ưu y ý ỷ yêu yếu yên yểm").split(" "));

    private static final Map<Character, Integer> TONE_MARKS = Map.of(
            '\u0301', 1, '\u0300', 2, '\u0309', 3, '\u0303', 4, '\u0323', 5);

    private static final Map<String, Boolean> CACHE = new HashMap<>();

    private VietnameseSyllables() {
    }

    /** True for a well-formed syllable in any letter case ("Chiến", "của", "qua"); false for "c", "ến" is true. */
    static boolean isSyllable(String word) {
        if (word.isEmpty() || word.length() > 8) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        synchronized (CACHE) {
            Boolean cached = CACHE.get(lower);
            if (cached != null) {
                return cached;
            }
        }
        boolean valid = check(lower);
        synchronized (CACHE) {
            if (CACHE.size() < 50_000) {
                CACHE.put(lower, valid);
            }
        }
        return valid;
    }

    /** True when a split piece is a word people write alone ("ở", "ấy"), so it must not be glued on. */
    static boolean isStandaloneVowelWord(String word) {
        return VOWEL_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean startsWithVowel(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char c = Normalizer.normalize(word.substring(0, 1), Normalizer.Form.NFD).toLowerCase(Locale.ROOT).charAt(0);
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean check(String lower) {
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(nfd.length());
        int tone = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            Integer t = TONE_MARKS.get(c);
            if (t != null) {
                if (tone != 0) {
                    return false;
                }
                tone = t;
            } else if (Character.isLetter(c) || c == '\u0302' || c == '\u0306' || c == '\u031B') {
                base.append(c);
            } else {
                return false;
            }
        }
        String toneless = Normalizer.normalize(base, Normalizer.Form.NFC);
        for (String initial : INITIALS) {
            if (toneless.startsWith(initial) && validRhyme(toneless.substring(initial.length()), tone)) {
                return true;
            }
        }
        return false;
    }

    private static boolean validRhyme(String rhyme, int tone) {
        if (!RHYMES.contains(rhyme)) {
            return false;
        }
        boolean stopFinal = rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
        // Syllables closed by c, ch, p, t carry only the sắc or nặng tone.
        return !stopFinal || tone == 1 || tone == 5;
    }
}
