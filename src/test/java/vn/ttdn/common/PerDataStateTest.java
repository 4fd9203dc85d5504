package vn.ttdn.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class PerDataStateTest {

    private final AtomicLong dataState = new AtomicLong(1);
    private final AtomicInteger computations = new AtomicInteger();
    private final PerDataState<String, Integer> answers = new PerDataState<>(dataState::get, 100);

    private int ask(String key) {
        return answers.get(key, computations::incrementAndGet);
    }

    @Test
    void anAnswerIsComputedOncePerStateOfTheData() {
        int first = ask("overdue of Sở Ngoại vụ");

        assertThat(ask("overdue of Sở Ngoại vụ")).isEqualTo(first);
        assertThat(computations).hasValue(1);

        dataState.incrementAndGet();
        assertThat(ask("overdue of Sở Ngoại vụ")).isNotEqualTo(first);
        assertThat(computations).hasValue(2);
    }

    @Test
    void differentKeysAreDifferentAnswers() {
        ask("Sở Ngoại vụ");
        ask("Công an tỉnh");

        assertThat(computations).hasValue(2);
    }

    @Test
    void insideATransactionThatMayWriteNothingIsKept() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        try {
            ask("Sở Ngoại vụ");
            ask("Sở Ngoại vụ");
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(computations).hasValue(2);

        ask("Sở Ngoại vụ");
        ask("Sở Ngoại vụ");
        assertThat(computations).as("outside it the answer is kept again").hasValue(3);
    }
}
