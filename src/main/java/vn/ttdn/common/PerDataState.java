package vn.ttdn.common;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers computed once per state of the data: {@code dataState} tells the state the answer would be computed from
 * now (a {@link vn.ttdn.changes.DataVersion} of the provinces the reader sees), and a kept answer is used only while
 * that state is unchanged. Inside a transaction that may write, the answer is computed afresh and not kept, as its
 * changes may still be rolled back. The key must name everything the answer depends on besides the data (for a
 * query: its text and parameters).
 */
public final class PerDataState<K, V> {

    private record Answer<V>(Object dataState, V value) {
    }

    private final Supplier<?> dataState;
    private final int capacity;
    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();

    public PerDataState(Supplier<?> dataState, int capacity) {
        this.dataState = dataState;
        this.capacity = capacity;
    }

    public V get(K key, Supplier<V> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        Object state = dataState.get();
        Answer<V> known = answers.get(key);
        if (known != null && Objects.equals(known.dataState(), state)) {
            return known.value();
        }
        V computed = compute.get();
        if (answers.size() >= capacity) {
            answers.clear();
        }
        // An answer of an older state is replaced: it can never be asked for again.
        answers.put(key, new Answer<>(state, computed));
        return computed;
    }
}
