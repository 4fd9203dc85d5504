package vn.ttdn.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ttdn.TtdnApplication;

/**
 * With TTDN_DB_URL set, TTĐN uses that server and starts no embedded one. Uses the PostgreSQL service on
 * 127.0.0.1:5432 that the machine (and CI) provides; a fresh database is made for the test.
 */
class ExternalDatabaseTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "ttdn_external_test";

    @BeforeAll
    static void freshDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    @Test
    void runsMigrationsAndDemoDataOnTheConfiguredServer() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TtdnApplication.class)
                .web(WebApplicationType.NONE)
                .run("--ttdn.db.url=" + SERVER + DATABASE, "--ttdn.db.username=postgres", "--ttdn.db.password=",
                        "--ttdn.demo=true", "--ttdn.data-dir=target/test-data/external")) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo(DATABASE);
            assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(4L);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(2L);
            assertThat(app.getBean(DatabaseConfiguration.EmbeddedDatabase.class))
                    .isSameAs(DatabaseConfiguration.EmbeddedDatabase.NONE);
        }
    }
}
