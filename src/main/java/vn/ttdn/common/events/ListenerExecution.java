package vn.ttdn.common.events;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Where module listeners ({@code @ApplicationModuleListener}, which are {@code @Async}) run. By default inline: on
 * the publishing thread, right after its transaction has committed, each listener in its own transaction. The user
 * who merged two agencies is redirected to a page that already shows the tasks and people moved, and a listener that
 * fails leaves its publication incomplete in the registry (to be republished on restart) without undoing the change
 * that caused it. {@code ttdn.events.listeners=async} hands each listener call to a new thread instead.
 * <p>
 * Only {@code @Async} methods are affected: Spring Boot's own task executor (MVC streaming) stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution implements AsyncConfigurer {

    private final String mode;

    ListenerExecution(@Value("${ttdn.events.listeners:inline}") String mode) {
        this.mode = mode;
    }

    @Override
    public Executor getAsyncExecutor() {
        if ("async".equals(mode)) {
            return new SimpleAsyncTaskExecutor("ttdn-listener-");
        }
        return new SyncTaskExecutor();
    }
}
