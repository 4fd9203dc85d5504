package vn.ttdn.identity.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Identity's jobs that run once per cluster (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class IdentityJobs {

    @Bean
    RecurringTask<Void> forgetIdleSignInFailures(JdbcClient jdbc) {
        return Tasks.recurring("forget-idle-sign-in-failures", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> DatabaseFailureCounts.forgetIdle(jdbc, Instant.now()));
    }
}
