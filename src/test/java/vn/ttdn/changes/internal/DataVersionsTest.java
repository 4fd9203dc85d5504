package vn.ttdn.changes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ttdn.TtdnTest;
import vn.ttdn.changes.DataVersion;

/** The registry's own rules: once per province per transaction, counted on commit only, national data for all. */
@TtdnTest
class DataVersionsTest {

    private static final long PROVINCE_A = 9_001;
    private static final long PROVINCE_B = 9_002;

    @Autowired DataVersions changes;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    private long number(long province) {
        return changes.version(Set.of(province)).number();
    }

    @Test
    void aTransactionMovesEachProvinceItChangedOnceWhenItCommits() {
        long a = number(PROVINCE_A);
        long b = number(PROVINCE_B);

        tx.executeWithoutResult(status -> {
            changes.changed(PROVINCE_A);
            changes.changed(PROVINCE_A);
            changes.changed(PROVINCE_A);
            assertThat(number(PROVINCE_A)).as("not before the commit").isEqualTo(a);
        });

        assertThat(number(PROVINCE_A)).isEqualTo(a + 1);
        assertThat(number(PROVINCE_B)).as("another province is untouched").isEqualTo(b);
    }

    @Test
    void aRolledBackChangeChangesNothing() {
        long a = number(PROVINCE_A);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            changes.changed(PROVINCE_A);
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        changes.poll();

        assertThat(number(PROVINCE_A)).isEqualTo(a);
    }

    @Test
    void aNationalChangeMovesEveryReadersVersionAndEveryProvincesOne() {
        DataVersion a = changes.version(Set.of(PROVINCE_A));
        DataVersion all = changes.everyProvince();

        changes.changed(null); // outside a transaction: at once

        assertThat(changes.version(Set.of(PROVINCE_A))).isNotEqualTo(a);
        assertThat(changes.everyProvince()).isNotEqualTo(all);
    }

    @Test
    void aChangeWrittenByAnotherNodeIsLearntByThePoll() {
        long a = number(PROVINCE_A);
        // What another node's commits leave in the table: five changes of province A.
        jdbc.sql("insert into data_version values (:p, 5) on conflict (province_id)"
                        + " do update set version = data_version.version + 5")
                .param("p", PROVINCE_A).update();

        changes.poll();

        assertThat(number(PROVINCE_A)).isEqualTo(a + 5);
    }
}
