package vn.ttdn;

import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.ttdn.cli.CommandLine;

/**
 * One jar, two faces: with no verb it serves the web application; with a verb ({@code parse-plan},
 * {@code demo-data} …) it runs that command and exits.
 */
@SpringBootApplication
@EnableScheduling
public class TtdnApplication {

    public static void main(String[] args) {
        // Dates and times are the province's: "today" decides what is overdue, and times are shown as people live them.
        TimeZone.setDefault(TimeZone.getTimeZone(System.getenv().getOrDefault("TTDN_TIME_ZONE", "Asia/Ho_Chi_Minh")));
        if (CommandLine.isVerb(args)) {
            System.exit(CommandLine.run(args, TtdnApplication.class));
        }
        SpringApplication application = new SpringApplication(TtdnApplication.class);
        stopCleanlyOnSignal(application);
        application.run(args);
    }

    /**
     * Ctrl-C or a TERM signal is a normal way to stop the server: once Spring has closed the application (the
     * embedded database included) the process ends with status 0, not 130 or 143, which the Maven plugin and
     * service managers would read as a failure. The hook is in place before the context starts: a signal right
     * after the "ready" line (or during start-up) must not slip past it.
     */
    private static void stopCleanlyOnSignal(SpringApplication application) {
        AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
        application.addInitializers(started::set);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ConfigurableApplicationContext context = started.get();
            if (context != null) {
                context.close(); // waits for a close already under way in Spring's own hook
            }
            Runtime.getRuntime().halt(0);
        }, "ttdn-clean-stop"));
    }
}
