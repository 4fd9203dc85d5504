package vn.ttdn.changes;

import java.util.Set;

/**
 * The state of the data a reader sees: {@code scope} names the provinces (or {@link #EVERY_PROVINCE}) and
 * {@code number} grows with every committed change in them. Two versions are the same state only if equal; numbers of
 * different scopes do not compare.
 */
public record DataVersion(Object scope, long number) {

    /** The scope of national readers (an administrator, the ministry): every province's changes count. */
    public static final Object EVERY_PROVINCE = "every province";

    public static DataVersion of(Set<Long> provinces, long number) {
        return new DataVersion(Set.copyOf(provinces), number);
    }
}
