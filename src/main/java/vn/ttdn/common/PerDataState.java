package vn.ttdn.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers computed once per state of the data: {@code dataState} (the audit log's change counter) moves with every
 * committed change, and answers of an older state are dropped. Inside a transaction that may write, the answer is
 * computed afresh and not kept, as its changes may still be rolled back. The key must name everything the answer
 * depends on besides the data (for a query: its text and parameters).
 */
public final class PerDataState<K, V> {

    private record Entry<K>(long dataState, K key) {
    }

    private final LongSupplier dataState;
    private final int capacity;
    private final Map<Entry<K>, V> answers = new ConcurrentHashMap<>();

    public PerDataState(LongSupplier dataState, int capacity) {
        this.dataState = dataState;
        this.capacity = capacity;
    }

    public V get(K key, Supplier<V> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        Entry<K> entry = new Entry<>(dataState.getAsLong(), key);
        V known = answers.get(entry);
        if (known != null) {
            return known;
        }
        V computed = compute.get();
        answers.keySet().removeIf(e -> e.dataState() < entry.dataState());
        if (answers.size() >= capacity) {
            answers.clear();
        }
        answers.put(entry, computed);
        return computed;
    }
}
