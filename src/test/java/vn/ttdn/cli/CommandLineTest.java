package vn.ttdn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ttdn.TtdnApplication;

/** The jar's verbs as a person types them: a separate JVM, its exit code, its standard output and error. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownVerbListsTheVerbsOnStandardErrorAndFailsWithoutStartingTheServer() throws Exception {
        Run run = jar("pars-plan", "--json", "x.txt");
        assertThat(run.code).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("pars-plan", "Unknown command", "parse-plan --json", "demo-data", "help");
    }

    @Test
    void helpListsEachVerbOnOneLineAndSucceeds() throws Exception {
        for (String help : List.of("--help", "help")) {
            Run run = jar(help);
            assertThat(run.code).isZero();
            assertThat(run.out.lines().filter(l -> l.startsWith("  parse-plan") || l.startsWith("  demo-data")
                    || l.startsWith("  help"))).hasSize(3);
        }
    }

    @Test
    void parsePlanPrintsOnlyJsonOnStandardOutputEvenWhenPdfBoxWarns() throws Exception {
        Path pdf = dir.resolve("ke-hoach.pdf");
        writePdfWithoutUnicodeMaps(pdf);
        Run run = jar("parse-plan", "--json", pdf.toString());
        JsonNode json = JsonMapper.builder().build().readTree(run.out);
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("file").asString()).isEqualTo(pdf.toString());
        assertThat(run.err).contains("No Unicode mapping");
    }

    /** One line in Helvetica, one in a font whose codes name glyphs that have no Unicode value. */
    private static void writePdfWithoutUnicodeMaps(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setName(COSName.BASE_FONT, "Helvetica");
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(65));
            for (String glyph : List.of("g1x", "g2x", "g3x")) {
                differences.add(COSName.getPDFName(glyph));
            }
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("FX"), PDFontFactory.createFont(font));
            page.setResources(resources);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("KE HOACH Thong tin doi ngoai nam 2026");
                text.endText();
                text.appendRawCommands("BT /FX 12 Tf 72 700 Td (ABC) Tj ET\n");
            }
            doc.save(file.toFile());
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** The application's main class with the test's class path: what {@code java -jar target/ttdn.jar} runs. */
    private Run jar(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TtdnApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        // Were the verb taken for the web application, it would start on a free port with its data here.
        builder.environment().put("PORT", "0");
        builder.environment().put("TTDN_DATA_DIR", dir.resolve("data").toString());
        Process process = builder.start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        assertThat(finished).as("the command ended by itself").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }
}
