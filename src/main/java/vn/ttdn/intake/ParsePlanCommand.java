package vn.ttdn.intake;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdn.intake.extraction.Json;
import vn.ttdn.planning.Timeframe;

/**
 * {@code parse-plan --json FILE...}: reads each file and prints one JSON array, one object per file. A file that
 * cannot be read (or is refused: a web page, a name that lies about the content) gives {@code {file, error}}, the
 * same message on stderr and exit code 1; the others are still printed. No Spring here.
 */
public final class ParsePlanCommand {

    private ParsePlanCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (!a.equals("--json") && !a.equals("parse-plan")) {
                if (a.startsWith("--")) {
                    err.println("Tùy chọn không hợp lệ: " + a + "\nCách dùng: parse-plan --json TỆP...");
                    return 2;
                }
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println("Cách dùng: parse-plan --json TỆP...");
            return 2;
        }
        PlanDocumentReader reader = new PlanDocumentReader();
        PlanExtractor extractor = new PlanExtractor();
        List<Object> results = new ArrayList<>();
        boolean failed = false;
        for (String f : files) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", f);
            try {
                byte[] bytes = readFile(Path.of(f));
                ParsedPlan plan = extractor.extract(reader.read(Path.of(f).getFileName().toString(), bytes).text());
                o.putAll(toJson(plan));
            } catch (DocumentReadException e) {
                o.put("error", e.getMessage());
                err.println(f + ": " + e.getMessage());
                failed = true;
            }
            results.add(o);
        }
        out.println(Json.write(results));
        return failed ? 1 : 0;
    }

    private static byte[] readFile(Path p) throws DocumentReadException {
        try {
            if (Files.size(p) > PlanDocumentReader.MAX_BYTES) {
                throw new DocumentReadException("Tệp quá lớn — chỉ nhận tệp tối đa 20 MB.");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new DocumentReadException("Không mở được tệp: " + p);
        }
    }

    static Map<String, Object> toJson(ParsedPlan p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("documentType", p.documentType());
        o.put("number", p.number());
        o.put("issuedOn", p.issuedOn());
        o.put("place", p.place());
        o.put("issuer", p.issuer());
        o.put("title", p.title());
        o.put("legalBasis", p.legalBasis().stream().map(ParsePlanCommand::citation).toList());
        o.put("citations", p.citations().stream().map(ParsePlanCommand::citation).toList());
        o.put("sections", p.sections().stream().map(s -> map("ref", s.ref(), "heading", s.heading())).toList());
        o.put("tasks", p.tasks().stream().map(ParsePlanCommand::task).toList());
        o.put("reportingDeadlines", p.reportingDeadlines().stream()
                .map(d -> map("period", d.period(), "dayMonth", d.dayMonth(), "text", d.text())).toList());
        o.put("signer", p.signer() == null ? null
                : map("authority", p.signer().authority(), "title", p.signer().title(), "name", p.signer().name()));
        o.put("recipients", p.recipients());
        o.put("enactedBy", p.enactedBy() == null ? null : map("kind", p.enactedBy().kind(), "number",
                p.enactedBy().number(), "date", p.enactedBy().date(), "title", p.enactedBy().title()));
        return o;
    }

    private static Map<String, Object> citation(ParsedCitation c) {
        Map<String, Object> o = map("kind", c.kind(), "number", c.number(), "date", c.date(), "issuer", c.issuer(),
                "subject", c.subject());
        // Added beside the original keys: the citation as printed ("Nghị định số 72/NĐ- CP ngày …"), whatever
        // "number" made canonical, and the number exactly as printed (null for a law cited by name).
        o.put("printed", c.printed());
        o.put("printedNumber", c.printedNumber());
        return o;
    }

    private static Map<String, Object> task(ParsedTask t) {
        Timeframe tf = t.timeframe();
        Map<String, Object> o = map("ref", t.ref(), "content", t.content(), "lead", t.lead(),
                "coordinating", t.coordinating());
        o.put("timeframe", map("kind", tf.kind().name(), "text", tf.text(), "start", tf.start(), "end", tf.end()));
        return o;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
