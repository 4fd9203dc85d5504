package vn.ttdn.cli;

import java.util.Arrays;
import java.util.Set;

/**
 * The command-line verbs of the jar. {@code parse-plan} needs neither database nor Spring; the others start the
 * application without its web server, do their work and stop.
 */
public final class CommandLine {

    private static final Set<String> VERBS = Set.of("parse-plan");

    private CommandLine() {
    }

    public static boolean isVerb(String[] args) {
        return args.length > 0 && VERBS.contains(args[0]);
    }

    public static int run(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "parse-plan" -> vn.ttdn.intake.ParsePlanCommand.run(rest, System.out, System.err);
            default -> 2;
        };
    }
}
