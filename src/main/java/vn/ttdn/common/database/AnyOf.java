package vn.ttdn.common.database;

import java.util.Collection;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code any_of(:ids, x.id)} in JPQL: {@code x.id = any(?)} in SQL, the ids bound as one array parameter. Hibernate
 * keeps no plan for a query with an {@code in :list} parameter (its SQL changes with the list's length) and translates
 * it again on every execution, which cost more than the queries of a page of tasks; with one array the query is
 * translated once, and PostgreSQL still uses the column's index.
 */
public final class AnyOf implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().registerPattern("any_of", "(?2 = any(?1))",
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }

    /** The value to bind to the array parameter. */
    public static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /**
     * A parameter as bound: a collection of ids as the array {@code any_of} wants, anything else as it is. Queries
     * keep their collections until binding, since a query's parameters also serve as a key (arrays compare by
     * identity, collections by content).
     */
    @SuppressWarnings("unchecked")
    public static Object bound(Object value) {
        return value instanceof Collection<?> ids ? ids((Collection<Long>) ids) : value;
    }
}
