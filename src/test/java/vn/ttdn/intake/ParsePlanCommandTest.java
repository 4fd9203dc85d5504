package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ttdn.intake.extraction.Json;

class ParsePlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneArrayWithAnObjectPerFileAndFailsWhenOneCannotBeRead() throws Exception {
        Path good = dir.resolve("004.txt");
        Files.writeString(good, SeedExpectations.text(SeedExpectations.S004.file()));
        Path bad = dir.resolve("scan.pdf");
        Files.write(bad, "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ParsePlanCommand.run(new String[] {"--json", good.toString(), bad.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(json).startsWith("[").contains("\"number\": \"13980/KH-UBND\"", "\"issuedOn\": \"2023-12-29\"",
                "\"error\": \"Tệp PDF bị hỏng — không đọc được nội dung.\"", "\"timeframe\": {",
                "\"kind\": \"UNSPECIFIED\"", "\"dayMonth\": \"15/12\"");
        assertThat(json).contains("\"file\"", "\"documentType\"", "\"place\"", "\"issuer\"", "\"title\"",
                "\"legalBasis\"", "\"citations\"", "\"sections\"", "\"tasks\"", "\"reportingDeadlines\"",
                "\"signer\"", "\"recipients\"").doesNotContain("\"issuerParent\"", "\"budget\"");
    }

    @Test
    void aWebPageIsRefusedWhateverItsNameWithTheMessageInTheJsonAndOnStderr() throws Exception {
        Path good = dir.resolve("004.txt");
        Files.writeString(good, SeedExpectations.text(SeedExpectations.S004.file()));
        Path page = dir.resolve("ke-hoach.pdf");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        Path svg = dir.resolve("ke-hoach.txt");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ParsePlanCommand.run(new String[] {"--json", good.toString(), page.toString(), svg.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        String refused = "là trang web hoặc mã HTML, SVG, XML — không phải văn bản kế hoạch.";
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("[").contains("\"number\": \"13980/KH-UBND\"",
                "\"error\": \"Tệp \\\"ke-hoach.pdf\\\" " + refused, "\"error\": \"Tệp \\\"ke-hoach.txt\\\" " + refused);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(page + ": Tệp \"ke-hoach.pdf\" " + refused
                                + " Hãy tải lên tệp TXT, DOCX, DOC hoặc PDF.",
                        svg + ": Tệp \"ke-hoach.txt\" " + refused + " Hãy tải lên tệp TXT, DOCX, DOC hoặc PDF.");
    }

    @Test
    void withoutFilesItExplainsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ParsePlanCommand.run(new String[] {"--json"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parse-plan --json");
    }

    @Test
    void jsonEscapesQuotesAndControlCharacters() {
        assertThat(Json.write(java.util.List.of("a\"b\\c\n\u0001"))).isEqualTo("[\n  \"a\\\"b\\\\c\\n\\u0001\"\n]");
    }
}
