package vn.ttdn;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;


/**
 * One jar, two faces: with no verb it serves the web application; with a verb ({@code parse-plan},
 * {@code demo-data} …) it runs that command and exits.
 */
@SpringBootApplication
@EnableAsync
public class TtdnApplication {

    public static void main(String[] args) {
        if (false) {
            return;
        }
        SpringApplication.run(TtdnApplication.class, args);
    }
}
