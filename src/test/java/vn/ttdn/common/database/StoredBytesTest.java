package vn.ttdn.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored bytes come back exactly, a slice per query, fetched only as they are read: at the edges of a slice, for a
 * file of many slices, never more than was stored, and without a second connection inside a transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredBytesTest {

    private static final int SLICE = StoredBytes.SLICE_BYTES;

    @TempDir
    static Path data;
    DatabaseConfiguration.EmbeddedDatabase db;
    DataSource dataSource;
    PGSimpleDataSource pg;
    /** Connections taken: one per slice read, plus one per length asked. */
    final AtomicInteger connections = new AtomicInteger();
    StoredBytes stored;
    long nextKey = 1;

    @BeforeAll
    void database() throws Exception {
        db = DatabaseConfiguration.EmbeddedDatabase.start(data, false, true);
        pg = new PGSimpleDataSource();
        pg.setUrl(db.jdbcUrl());
        pg.setUser("postgres");
        pg.setPassword(db.password());
        dataSource = counting(pg);
        try (Connection c = pg.getConnection()) {
            c.createStatement().execute("create table stored_file (file_id bigint primary key, content bytea not null)");
            c.createStatement().execute("alter table stored_file alter column content set storage external");
        }
        stored = new StoredBytes(dataSource, "stored_file", "content", "file_id");
    }

    @AfterAll
    void stop() throws Exception {
        db.close();
    }

    @Test
    void oneByte() throws IOException {
        assertReadsBack(1, 1);
    }

    @Test
    void exactlyOneSlice() throws IOException {
        assertReadsBack(SLICE, 1);
    }

    @Test
    void oneSliceAndOneByte() throws IOException {
        assertReadsBack(SLICE + 1, 2);
    }

    @Test
    void exactlyTwoSlices() throws IOException {
        assertReadsBack(2 * SLICE, 2);
    }

    @Test
    void aFileOfManySlicesAndARest() throws IOException {
        assertReadsBack(600 * 1024 + 7, 3);
    }

    @Test
    void readByteByByteGivesTheSameBytes() throws IOException {
        byte[] bytes = random(SLICE + 3);
        long key = insert(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = stored.open(key, bytes.length)) {
            for (int b; (b = in.read()) >= 0; ) {
                out.write(b);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void nothingIsFetchedBeforeTheFirstRead() throws IOException {
        long key = insert(random(10));
        int before = connections.get();
        try (InputStream in = stored.open(key, 10)) {
            assertThat(connections.get()).isEqualTo(before);
            assertThat(in.read()).isNotNegative();
            assertThat(connections.get()).isEqualTo(before + 1);
        }
    }

    @Test
    void insideATransactionItReadsOnTheTransactionsConnection() throws IOException {
        // Holding one connection while waiting for another starves the pool when many downloads start together.
        byte[] bytes = random(SLICE + 5);
        long key = insert(bytes);
        HikariConfig config = new HikariConfig();
        config.setDataSource(pg);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            StoredBytes onePool = new StoredBytes(pool, "stored_file", "content", "file_id");
            byte[] read = new TransactionTemplate(new DataSourceTransactionManager(pool)).execute(status -> {
                try (InputStream in = onePool.open(key, onePool.length(key).orElseThrow())) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(read).isEqualTo(bytes);
        }
    }

    @Test
    void noRowHasNoLength() {
        assertThat(stored.length(999_999_999L)).isEmpty();
    }

    @Test
    void zeroBytesAreAnEmptyStreamWithoutAQuery() throws IOException {
        int before = connections.get();
        try (InputStream in = stored.open(999_999_999L, 0)) {
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[8], 0, 8)).isEqualTo(-1);
        }
        assertThat(connections.get()).isEqualTo(before);
    }

    @Test
    void bytesShorterThanPromisedAreAnErrorNotAShortFile() throws IOException {
        long key = insert(random(SLICE + 10));
        try (InputStream in = stored.open(key, SLICE + 11)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("ended at");
        }
    }

    @Test
    void namesAreCheckedBeforeTheyReachSql() {
        assertThatThrownBy(() -> new StoredBytes(dataSource, "stored_file; drop table x", "content", "file_id"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Stores {@code size} random bytes and reads them back through the length and a stream. */
    private void assertReadsBack(int size, int slices) throws IOException {
        byte[] bytes = random(size);
        long key = insert(bytes);
        assertThat(stored.length(key)).hasValue(size);
        int before = connections.get();
        try (InputStream in = stored.open(key, size)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(connections.get() - before).as("queries, one per slice").isEqualTo(slices);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        try (InputStream in = stored.open(key, size)) {
            assertThat(in.transferTo(sent)).isEqualTo(size);
        }
        assertThat(sent.toByteArray()).isEqualTo(bytes);
    }

    private long insert(byte[] bytes) {
        long key = nextKey++;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into stored_file values (?, ?)")) {
            s.setLong(1, key);
            s.setBytes(2, bytes);
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return key;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
