package vn.ttdn.web.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One line in the log when the application is ready: where to open it and how to sign in. */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    private final boolean demo;

    ReadyAnnouncement(@Value("${ttdn.demo}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void announce(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String address = "http://localhost:" + web.getWebServer().getPort();
        String accounts = demo
                ? " Tài khoản mẫu / demo accounts: README.md, mục \"Demo accounts\" (admin, dieuphoi, canbo.ngoaivu …)."
                : "";
        log.info("TTĐN đã sẵn sàng / is ready: {}{} Dừng / stop: Ctrl-C.", address, accounts);
    }
}
