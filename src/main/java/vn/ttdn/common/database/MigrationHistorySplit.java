package vn.ttdn.common.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrations live per module ({@code db/migration/<module>/}), and the first ones, which held two modules' tables
 * each, were split. A database migrated before that still has the combined files in its schema history, which
 * Flyway's validation would reject (missing scripts, other checksums). Before Flyway runs, this rewrites those rows
 * into the rows the split files would have left (versions, descriptions, scripts, checksums), running nothing again:
 * the split files create exactly what the combined ones did. On any other database it does nothing.
 */
public final class MigrationHistorySplit {

    /** Each combined script as it was applied, and the files it became, in version order. */
    static final Map<String, List<String>> SPLITS = Map.of(
            "V1__directory_identity.sql", List.of("directory/V1__directory.sql", "identity/V1_1__identity.sql"),
            "V2__planning_tracking.sql", List.of("planning/V2__planning.sql", "tracking/V2_1__tracking.sql"),
            "V3__intake.sql", List.of("intake/V3__intake.sql", "legal/V3_1__legal.sql"),
            "V4__dashboard_indexes.sql", List.of("planning/V4__lead_assignment_index.sql",
                    "tracking/V4_1__update_time_index.sql"),
            "V5_8__group_succession.sql", List.of("directory/V5_8__group_succession.sql"),
            "V5_20__evidence_content.sql", List.of("tracking/V5_20__evidence_content.sql",
                    "intake/V5_21__intake_content_storage.sql"),
            "V5_30__idempotent_requests.sql", List.of("web/V5_30__idempotent_requests.sql"));
    private static final String LOCATION = "db/migration/";
    private static final Logger log = LoggerFactory.getLogger(MigrationHistorySplit.class);

    private MigrationHistorySplit() {
    }

    private record Row(String version, String description, String type, String script, Integer checksum,
                       String installedBy, Timestamp installedOn, int executionTime, boolean success) {
    }

    /** Rewrites {@code table} if it holds combined rows; returns whether it did. */
    public static boolean rewrite(DataSource dataSource, String table) {
        try (Connection c = dataSource.getConnection()) {
            if (!exists(c, table)) {
                return false;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                // Two nodes starting at once: the second waits here and then finds nothing left to rewrite.
                try (Statement s = c.createStatement()) {
                    s.execute("lock table " + table + " in exclusive mode");
                }
                List<Row> rows = read(c, table);
                if (rows.stream().noneMatch(r -> SPLITS.containsKey(r.script()))) {
                    c.rollback();
                    return false;
                }
                write(c, table, split(rows));
                c.commit();
                log.info("Schema history {}: the combined migrations rewritten as their per-module files", table);
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rewrite the schema history " + table, e);
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static List<Row> read(Connection c, String table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version, description, type,"
                + " script, checksum, installed_by, installed_on, execution_time, success from " + table
                + " order by installed_rank")) {
            while (rs.next()) {
                int checksum = rs.getInt(5);
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.wasNull() ? null : checksum, rs.getString(6), rs.getTimestamp(7), rs.getInt(8),
                        rs.getBoolean(9)));
            }
        }
        return rows;
    }

    /** The rows with each combined one replaced by its files' rows, in version order (repeatables last). */
    static List<Row> split(List<Row> rows) {
        List<Row> result = new ArrayList<>();
        for (Row row : rows) {
            List<String> files = SPLITS.get(row.script());
            if (files == null) {
                result.add(row);
                continue;
            }
            for (String file : files) {
                result.add(new Row(version(file), description(file), row.type(), file, checksum(file),
                        row.installedBy(), row.installedOn(), row.executionTime(), row.success()));
            }
        }
        result.sort(Comparator.comparing((Row r) -> r.version() == null ? null : MigrationVersion.fromVersion(
                r.version()), Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }

    private static void write(Connection c, String table, List<Row> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from " + table);
        }
        try (PreparedStatement s = c.prepareStatement("insert into " + table + " (installed_rank, version,"
                + " description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int rank = 1;
            for (Row r : rows) {
                s.setInt(1, rank++);
                s.setString(2, r.version());
                s.setString(3, r.description());
                s.setString(4, r.type());
                s.setString(5, r.script());
                s.setObject(6, r.checksum());
                s.setString(7, r.installedBy());
                s.setTimestamp(8, r.installedOn());
                s.setInt(9, r.executionTime());
                s.setBoolean(10, r.success());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** "tracking/V2_1__tracking.sql" → "2.1", as Flyway writes versions. */
    static String version(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(1, name.indexOf("__")).replace('_', '.');
    }

    /** "planning/V4__lead_assignment_index.sql" → "lead assignment index", as Flyway writes descriptions. */
    static String description(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(name.indexOf("__") + 2, name.length() - ".sql".length()).replace('_', ' ');
    }

    /** Flyway's checksum of a file: CRC32 over its lines without line ends, a byte order mark dropped. */
    static int checksum(String file) {
        var in = MigrationHistorySplit.class.getClassLoader().getResourceAsStream(LOCATION + file);
        if (in == null) {
            throw new IllegalStateException("Migration " + LOCATION + file + " is not on the class path");
        }
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
