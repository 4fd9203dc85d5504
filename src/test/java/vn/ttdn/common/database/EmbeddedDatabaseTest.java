package vn.ttdn.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data across restarts and, as the product runs it, commits durably. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void dataSurvivesARestartAndCommitsAreDurable() throws Exception {
        try (DatabaseConfiguration.EmbeddedDatabase db = DatabaseConfiguration.EmbeddedDatabase.start(data, true, false);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            s.execute("create table note (body text)");
            s.execute("insert into note values ('Kế hoạch TTĐN')");
        }
        try (DatabaseConfiguration.EmbeddedDatabase db = DatabaseConfiguration.EmbeddedDatabase.start(data, true, false);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select body from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Kế hoạch TTĐN");
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
