package vn.ttdn.changes;

import java.util.Set;

/**
 * The change registry. Writes through entities that implement {@link ProvinceData} are counted by themselves; a write
 * that bypasses entities (native SQL, bulk updates, the command line's generator) calls {@link #changed}.
 */
public interface DataChanges {

    /**
     * The province's data changed in the current transaction (null: national data, which every reader sees). Its
     * version moves in that transaction, once however often this is called, and counts when it commits; without a
     * transaction it moves at once.
     */
    void changed(Long provinceId);

    /** The state of the data a reader of these provinces sees: their changes and national ones. */
    DataVersion version(Set<Long> provinces);

    /** The state of every province's data, for national readers. */
    DataVersion everyProvince();

    /** {@link #everyProvince()} when {@code provinces} is null, else {@link #version(Set)}. */
    default DataVersion versionOf(Set<Long> provinces) {
        return provinces == null ? everyProvince() : version(provinces);
    }
}
