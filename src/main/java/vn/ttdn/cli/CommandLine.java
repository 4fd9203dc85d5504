package vn.ttdn.cli;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ttdn.TtdnApplication;

/**
 * The command-line verbs of the jar. {@code parse-plan} needs neither database nor Spring; {@code demo-data}
 * starts the application without its web server and without the demo loader, does its work and stops.
 */
public final class CommandLine {

    private static final Set<String> VERBS = Set.of("parse-plan", "demo-data");

    private CommandLine() {
    }

    public static boolean isVerb(String[] args) {
        return args.length > 0 && VERBS.contains(args[0]);
    }

    public static int run(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "parse-plan" -> vn.ttdn.intake.ParsePlanCommand.run(rest, System.out, System.err);
            case "demo-data" -> demoData(rest);
            default -> 2;
        };
    }

    private static int demoData(String[] args) {
        // Given as arguments, not defaults: arguments outrank application.properties (which turns demo mode on).
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TtdnApplication.class)
                .web(WebApplicationType.NONE).run("--ttdn.demo=false", "--spring.main.banner-mode=off")) {
            return context.getBean(DemoDataCommand.class).run(args);
        }
    }
}
