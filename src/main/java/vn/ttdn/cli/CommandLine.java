package vn.ttdn.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line verbs of the jar. {@code parse-plan} needs neither database nor Spring; {@code demo-data}
 * starts the application without its web server and without the demo loader, does its work and stops.
 * A first argument that is not an option ({@code --…}) is a verb: an unknown one lists the verbs and fails
 * instead of starting the web application.
 */
public final class CommandLine {

    /** Each verb with its line in the help, in the order the help lists them. */
    private static final Map<String, String> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("parse-plan", "parse-plan --json TỆP...          đọc văn bản kế hoạch (TXT, DOCX, DOC, PDF), in JSON"
                + " / read plan documents, print JSON");
        VERBS.put("demo-data", "demo-data --scale province|national  thêm dữ liệu mẫu vào cơ sở dữ liệu / fill the database"
                + " with sample data");
        VERBS.put("help", "help, --help                       danh sách lệnh này / this list");
    }

    private CommandLine() {
    }

    /** True when the arguments ask for a command (known or not) rather than the web application. */
    public static boolean isVerb(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || args[0].equals("--help"));
    }

    /** Runs the verb; {@code application} is the Spring Boot application class (passed in, so cli needs no cycle). */
    public static int run(String[] args, Class<?> application) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "parse-plan" -> parsePlan(rest);
            case "demo-data" -> demoData(rest, application);
            case "help", "--help" -> help(System.out, 0);
            default -> {
                System.err.println("Không có lệnh \"" + args[0] + "\". / Unknown command \"" + args[0] + "\".");
                yield help(System.err, 2);
            }
        };
    }

    private static int help(PrintStream out, int code) {
        out.println("Cách dùng / Usage: java -jar ttdn.jar [LỆNH / COMMAND] ...");
        out.println("Không có lệnh: chạy ứng dụng web. / Without a command: runs the web application.");
        out.println("Lệnh / Commands:");
        VERBS.values().forEach(line -> out.println("  " + line));
        return code;
    }

    /**
     * Standard output carries the JSON and nothing else. Without Spring, logging is not configured by the
     * application: a configuration of its own sends it (PDFBox's font warnings…) to standard error, and anything
     * else that writes to System.out is sent there too.
     */
    private static int parsePlan(String[] args) {
        System.setProperty("logback.configurationFile", "vn/ttdn/cli/logback-cli.xml");
        PrintStream json = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(err);
        return vn.ttdn.intake.ParsePlanCommand.run(args, json, err);
    }

    private static int demoData(String[] args, Class<?> application) {
        // Given as arguments, not defaults: arguments outrank application.properties (which turns demo mode on).
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run("--ttdn.demo=false", "--spring.main.banner-mode=off")) {
            return context.getBean(DemoDataCommand.class).run(args);
        }
    }
}
