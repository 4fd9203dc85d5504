package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * TCVN3 and VNI bytes written by hand from the published tables (not from our decoder), so a wrong table entry
 * fails here.
 */
class LegacyEncodingTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    /** TCVN3 of "Cộng hoà xã hội chủ nghĩa Việt Nam. Kế hoạch thông tin đối ngoại năm 2024 của tỉnh". */
    static byte[] tcvn3Sample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // "C" "é"=ộ "ng hoµ"(à) " x·"(ã) " h" "é"=ộ "i ch" "ñ"=ủ " ngh" "Ü"=ĩ "a Vi" "Ö"=ệ "t Nam. "
        write(out, "C", 0xE9, "ng ho", 0xB5, " x", 0xB7, " h", 0xE9, "i ch", 0xF1, " ngh", 0xDC, "a Vi", 0xD6, "t Nam. ");
        // "K" "Õ"=ế " ho" "¹"=ạ "ch th" "«"=ô "ng tin " "®"=đ "è"=ố "i ngo" "¹"=ạ "i n" "¨"=ă "m 2024 c" "ñ"=ủ "a t" "Ø"=ỉ "nh"
        write(out, "K", 0xD5, " ho", 0xB9, "ch th", 0xAB, "ng tin ", 0xAE, 0xE8, "i ngo", 0xB9, "i n", 0xA8,
                "m 2024 c", 0xF1, "a t", 0xD8, "nh. ");
        // "Sở Thông tin và Truyền thông": "S" "ë"=ở " Th" "«"=ô "ng tin v" "µ"=à " Truy" "Ò"=ề "n th" "«"=ô "ng"
        write(out, "S", 0xEB, " Th", 0xAB, "ng tin v", 0xB5, " Truy", 0xD2, "n th", 0xAB, "ng. ");
        // "người dân" "ng" "­"=ư "ê"=ờ "i d" "©"=â "n"
        write(out, "ng", 0xAD, 0xEA, "i d", 0xA9, "n.");
        return out.toByteArray();
    }

    /** VNI of the same kind of sentence: a letter followed by its mark byte. */
    static byte[] vniSample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. "
        write(out, "Co", 0xE4, "ng ho", 0xF8, "a xa", 0xF5, " ho", 0xE4, "i chu", 0xFB, " ngh", 0xF3, "a Vie", 0xE4, "t Nam. ");
        // "Keá hoaïch thoâng tin ñoái ngoaïi naêm 2024 cuûa tænh. "
        write(out, "Ke", 0xE1, " hoa", 0xEF, "ch tho", 0xE2, "ng tin ", 0xF1, "o", 0xE1, "i ngoa", 0xEF, "i na", 0xEA,
                "m 2024 cu", 0xFB, "a t", 0xE6, "nh. ");
        // "Sôû Thoâng tin vaø Truyeàn thoâng. ngöôøi daân."
        write(out, "S", 0xF4, 0xFB, " Tho", 0xE2, "ng tin va", 0xF8, " Truye", 0xE0, "n tho", 0xE2, "ng. ng", 0xF6,
                0xF4, 0xF8, "i da", 0xE2, "n.");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object... parts) {
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write((Integer) p);
            }
        }
    }

    @Test
    void decodesTcvn3() throws Exception {
        ReadDocument d = reader.read("cu.txt", tcvn3Sample());
        assertThat(d.encoding()).isEqualTo("TCVN3");
        assertThat(d.text()).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam. Kế hoạch thông tin đối ngoại năm 2024 "
                + "của tỉnh. Sở Thông tin và Truyền thông. người dân.");
    }

    @Test
    void decodesVni() throws Exception {
        ReadDocument d = reader.read("cu.txt", vniSample());
        assertThat(d.encoding()).isEqualTo("VNI");
        assertThat(d.text()).isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam. Kế hoạch thông tin đối ngoại năm 2024 "
                + "của tỉnh. Sở Thông tin và Truyền thông. người dân.");
    }

    @Test
    void leavesWindows1252TextAlone() throws Exception {
        byte[] french = "Café crème à la française, déjà vu.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ReadDocument d = reader.read("fr.txt", french);
        assertThat(d.text()).isEqualTo("Café crème à la française, déjà vu.");
    }

    @Test
    void readsUtf16WithAndWithoutBom() throws Exception {
        String text = "Kế hoạch công tác thông tin đối ngoại năm 2025";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(reader.read("a.txt", withBom).text()).isEqualTo(text);
        assertThat(reader.read("b.txt", le).text()).isEqualTo(text);
        assertThat(reader.read("c.txt", text.getBytes(StandardCharsets.UTF_16BE)).encoding()).isEqualTo("UTF-16BE");
    }
}
