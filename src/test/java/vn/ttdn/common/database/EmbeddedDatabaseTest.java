package vn.ttdn.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
             Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            s.execute("create table note (body text)");
            s.execute("insert into note values ('Kế hoạch TTĐN')");
        }
        try (DatabaseConfiguration.EmbeddedDatabase db = DatabaseConfiguration.EmbeddedDatabase.start(data, true, false);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select body from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Kế hoạch TTĐN");
        }
    }

    @Test
    void aServerLeftRunningByAKilledApplicationIsStoppedAndTheDataKept() throws Exception {
        Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledApplication.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(application.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // the child's log, until it has written its row
            }
        }
        application.destroyForcibly().waitFor(); // kill -9: no shutdown hook, the server is left running
        try (DatabaseConfiguration.EmbeddedDatabase db = DatabaseConfiguration.EmbeddedDatabase.start(data, true, false);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select body from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("còn nguyên");
        }
    }

    @Test
    void onlyTheOwnerOfThePasswordFileConnectsAndOnlyOverLoopback() throws Exception {
        try (DatabaseConfiguration.EmbeddedDatabase db = DatabaseConfiguration.EmbeddedDatabase.start(data, true, false)) {
            Path file = data.resolve("ttdn-password");
            assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            assertThat(java.nio.file.Files.readString(file).strip()).isEqualTo(db.password()).hasSizeGreaterThan(30);
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "wrong").close())
                    .hasMessageContaining("password authentication failed");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
                 Statement s = c.createStatement()) {
                assertThat(setting(s, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(setting(s, "password_encryption")).isEqualTo("scram-sha-256");
                try (ResultSet rs = s.executeQuery("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("pg_hba rules that do not ask for the password").isZero();
                }
            }
        }
    }

    @Test
    void aServerMadeBeforePasswordsIsHardenedOnItsNextStartAndKeepsItsData() throws Exception {
        try (var old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table note (body text)");
            s.execute("insert into note values ('từ trước')");
        }
        try (DatabaseConfiguration.EmbeddedDatabase db = DatabaseConfiguration.EmbeddedDatabase.start(data, true, false);
             Connection c = DriverManager.getConnection(db.jdbcUrl().replace("/ttdn", "/postgres"), "postgres",
                     db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select body from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("từ trước");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(java.sql.SQLException.class);
        }
    }

    /** An application that writes a row and waits to be killed. */
    public static final class KilledApplication {
        public static void main(String[] args) throws Exception {
            DatabaseConfiguration.EmbeddedDatabase db = DatabaseConfiguration.EmbeddedDatabase.start(Path.of(args[0]),
                    true, false);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
                 Statement s = c.createStatement()) {
                s.execute("create table note (body text)");
                s.execute("insert into note values ('còn nguyên')");
            }
            System.out.println("ready");
            Thread.sleep(120_000);
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
