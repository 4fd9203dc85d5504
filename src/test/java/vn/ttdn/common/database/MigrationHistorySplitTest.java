package vn.ttdn.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database migrated with the combined migrations of before the per-module split (kept under
 * src/test/resources/flyway-before-split) opens with the split ones: its history is rewritten, validates, and nothing
 * runs again; and it has the same schema and the same history as a database migrated fresh with the split files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationHistorySplitTest {

    private static final String HISTORY = "flyway_schema_history";

    @TempDir
    static Path data;
    DatabaseConfiguration.EmbeddedDatabase db;
    DataSource upgraded;
    DataSource fresh;

    @BeforeAll
    void databases() throws Exception {
        db = DatabaseConfiguration.EmbeddedDatabase.start(data, false, true);
        upgraded = dataSource("ttdn");
        new JdbcTemplate(upgraded).execute("create database fresh");
        fresh = dataSource("fresh");
        flyway(upgraded, "classpath:flyway-before-split").migrate();
        flyway(fresh, "classpath:db/migration").migrate();
    }

    @AfterAll
    void stop() throws Exception {
        db.close();
    }

    @Test
    void anOldDatabaseValidatesAgainstTheSplitMigrationsAndRunsNothingAgain() {
        assertThat(splitFlyway(upgraded).validateWithResult().validationSuccessful)
                .as("before the rewrite the old history does not validate").isFalse();

        assertThat(MigrationHistorySplit.rewrite(upgraded, HISTORY)).isTrue();

        // Migrations written after the split are pending on the old database: they, and only they, run.
        Flyway split = splitFlyway(upgraded);
        assertThat(split.validateWithResult().validationSuccessful).isTrue();
        assertThat(split.migrate().migrations).extracting(m -> m.version)
                .allMatch(version -> Integer.parseInt(version.split("\\.")[0]) >= 6, "written after the split");
        assertThat(MigrationHistorySplit.rewrite(upgraded, HISTORY)).as("a second start finds nothing to do").isFalse();
        assertThat(history(upgraded)).isEqualTo(history(fresh));
        assertThat(schema(upgraded)).isEqualTo(schema(fresh)).isNotEmpty();
    }

    @Test
    void aFreshDatabaseIsLeftAlone() {
        List<String> before = history(fresh);
        assertThat(MigrationHistorySplit.rewrite(fresh, HISTORY)).isFalse();
        assertThat(history(fresh)).isEqualTo(before);
    }

    @Test
    void eachSplitFileHoldsOneModulesWorkUnderItsFolder() {
        MigrationHistorySplit.SPLITS.values().stream().flatMap(List::stream).forEach(file -> {
            assertThat(file).matches("[a-z]+/V[0-9_]+__[a-z_]+\\.sql");
            assertThat(MigrationHistorySplit.checksum(file)).isNotZero();
        });
        assertThat(MigrationHistorySplit.version("tracking/V2_1__tracking.sql")).isEqualTo("2.1");
        assertThat(MigrationHistorySplit.description("planning/V4__lead_assignment_index.sql"))
                .isEqualTo("lead assignment index");
    }

    private static List<String> history(DataSource ds) {
        return new JdbcTemplate(ds).queryForList("select installed_rank || ' ' || version || ' ' || description || ' '"
                + " || type || ' ' || script || ' ' || checksum || ' ' || success from " + HISTORY
                + " order by installed_rank", String.class);
    }

    /** Columns with their types, nullability and defaults, then indexes and constraints, of every table. */
    private static List<String> schema(DataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        List<String> columns = jdbc.queryForList("select table_name || '.' || column_name || ' ' || data_type || ' '"
                + " || is_nullable || ' ' || coalesce(column_default, '') || ' ' || coalesce(character_maximum_length, 0)"
                + " from information_schema.columns where table_schema = 'public' and table_name <> '" + HISTORY + "'"
                + " order by table_name, ordinal_position", String.class);
        List<String> indexes = jdbc.queryForList("select indexdef from pg_indexes where schemaname = 'public'"
                + " and tablename <> '" + HISTORY + "' order by indexname", String.class);
        List<String> constraints = jdbc.queryForList("select conrelid::regclass || ' ' || pg_get_constraintdef(oid)"
                + " from pg_constraint where connamespace = 'public'::regnamespace order by 1", String.class);
        return java.util.stream.Stream.of(columns, indexes, constraints).flatMap(List::stream).toList();
    }

    /** Today's migrations; those written after the split are still pending on an old database, which is fine. */
    private static Flyway splitFlyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").ignoreMigrationPatterns("*:pending")
                .load();
    }

    private static Flyway flyway(DataSource ds, String location) {
        return Flyway.configure().dataSource(ds).locations(location).load();
    }

    private DataSource dataSource(String database) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(db.jdbcUrl().substring(0, db.jdbcUrl().lastIndexOf('/') + 1) + database);
        pg.setUser("postgres");
        pg.setPassword(db.password());
        return pg;
    }
}
