package vn.ttdn.web.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web shell's jobs that must run once per cluster, whichever node is free: db-scheduler keeps them in
 * {@code scheduled_tasks} and a node picks an execution with a row lock, so two nodes never run the same one.
 */
@Configuration(proxyBeanMethods = false)
class WebJobs {

    @Bean
    RecurringTask<Void> removeExpiredIdempotencyKeys(IdempotencyStore store) {
        return Tasks.recurring("remove-expired-idempotency-keys", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> store.removeExpired());
    }
}
