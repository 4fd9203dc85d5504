package vn.ttdn.planning.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ttdn.common.Times;

/**
 * Planning's jobs that run once per cluster (db-scheduler, table {@code scheduled_tasks}). Should a day's run be
 * repeated after a node died mid-run, {@link OverdueWatch} still announces each task once.
 */
@Configuration(proxyBeanMethods = false)
class PlanningJobs {

    @Bean
    RecurringTask<Void> announceOverdueTasks(OverdueWatch watch,
                                             @Value("${ttdn.overdue-watch.cron:0 5 0 * * *}") String cron) {
        // The province's midnight, whatever the server's zone: the day a task becomes overdue is the province's.
        return Tasks.recurring("announce-overdue-tasks", Schedules.cron(cron, Times.ZONE))
                .execute((instance, context) -> watch.check());
    }
}
