package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision's legal basis with laws cited by name and a misprinted number, through the extractor and the CLI. */
class LegalBasisByNameTest {

    private static final String DECISION = """
            ỦY BAN NHÂN DÂN
            TỈNH HẬU GIANG
            Số: 245/QĐ-UBND
            Hậu Giang, ngày 12 tháng 3 năm 2024

            QUYẾT ĐỊNH
            Về việc ban hành Kế hoạch tuyên truyền, phổ biến pháp luật năm 2024

            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;
            Căn cứ Thông tư số 152019/TT-BTTTT ngày 26/6/2019 của Bộ Thông tin và Truyền thông;
            Xét đề nghị của Giám đốc Sở Tư pháp.

            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền, phổ biến pháp luật năm 2024.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            """;

    @TempDir
    Path dir;

    @Test
    void lawsByNameAreTheLegalBasisWithoutANumber() {
        ParsedPlan p = new PlanExtractor().extract(DECISION);
        assertThat(p.legalBasis()).extracting(ParsedCitation::kind).containsExactly("Luật", "Luật", "Thông tư");
        ParsedCitation first = p.legalBasis().get(0);
        assertThat(first.number()).isNull();
        assertThat(first.subject()).isEqualTo("Luật Tổ chức chính quyền địa phương");
        assertThat(first.date()).isEqualTo(LocalDate.of(2015, 6, 19));
        ParsedCitation circular = p.legalBasis().get(2);
        assertThat(circular.number()).isEqualTo("15/2019/TT-BTTTT");
        assertThat(circular.printedNumber()).isEqualTo("152019/TT-BTTTT");
        assertThat(p.citations()).extracting(ParsedCitation::subject).contains("Luật Phổ biến, giáo dục pháp luật");
    }

    @Test
    void theJsonGivesEachCitationItsPrintedTextBesideItsNumber() throws Exception {
        Path file = dir.resolve("hau-giang.txt");
        Files.writeString(file, DECISION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ParsePlanCommand.run(new String[] {"--json", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"number\": \"15/2019/TT-BTTTT\"",
                "\"printedNumber\": \"152019/TT-BTTTT\"",
                "\"printed\": \"Thông tư số 152019/TT-BTTTT ngày 26/6/2019\"",
                "\"printed\": \"Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012\"");
    }
}
