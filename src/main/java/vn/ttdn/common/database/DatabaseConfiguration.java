package vn.ttdn.common.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL everywhere: an external server when {@code TTDN_DB_URL} is set, otherwise an embedded PostgreSQL whose
 * data lives under {@code ttdn.data-dir/postgres} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final String DATABASE = "ttdn";

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${ttdn.db.url}") String url,
                                @Value("${ttdn.db.username}") String username,
                                @Value("${ttdn.db.password}") String password,
                                @Value("${ttdn.db.pool-size}") int poolSize,
                                EmbeddedDatabase embedded) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("ttdn");
        // Searches are LIKE '%…%' with a selective filter beside them; a generic plan (chosen after five runs of a
        // prepared statement) does not know the pattern and picks the trigram index over the whole table: 10x slower.
        config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
        if (url.isBlank()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
            config.setPassword(embedded.password());
        } else {
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
            log.info("Using external PostgreSQL at {}", url.replaceAll("password=[^&]*", "password=***"));
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${ttdn.db.url}") String url,
                                      @Value("${ttdn.data-dir}") String dataDir,
                                      @Value("${ttdn.db.embedded.durable:true}") boolean durable,
                                      @Value("${ttdn.db.embedded.clean:false}") boolean clean) throws IOException {
        if (!url.isBlank()) {
            return EmbeddedDatabase.NONE;
        }
        return EmbeddedDatabase.start(Path.of(dataDir, "postgres"), durable, clean);
    }

    /**
     * The embedded server, or {@link #NONE} when an external one is configured. It listens on loopback only and asks
     * every connection, local socket included, for the superuser's password (scram-sha-256): otherwise any local
     * process would be its superuser and could read the users' password hashes.
     */
    static final class EmbeddedDatabase implements AutoCloseable {
        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null, null);
        private final EmbeddedPostgres postgres;
        private final String password;

        private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
            this.postgres = postgres;
            this.password = password;
        }

        static EmbeddedDatabase start(Path directory, boolean durable, boolean clean) throws IOException {
            Files.createDirectories(directory);
            stopLeftoverServer(directory);
            ServerPassword password = ServerPassword.of(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Spring closes it after the connection pool; a JVM hook of its own would race the pool.
                    .setRegisterShutdownHook(false)
                    .setConnectConfig("password", password.value()) // zonky's own connections; "trust" ignores it
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "128MB")
                    // Many short queries from one small machine: parallel workers cost more than they save.
                    .setServerConfig("max_parallel_workers_per_gather", "0");
            if (durable) {
                // Zonky starts PostgreSQL with -F (fsync off) for tests; a later -c wins, so the product's data is safe.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            password.requireOn(postgres);
            createDatabaseIfMissing(postgres);
            log.info("Embedded PostgreSQL on 127.0.0.1:{} with data in {} (user postgres, password in {})",
                    postgres.getPort(), directory.toAbsolutePath(), password.file().toAbsolutePath());
            return new EmbeddedDatabase(postgres, password.value());
        }

        /**
         * A server left running by a process that was killed (no shutdown ran) still holds the directory; it has no
         * clients left, so asking it to stop is safe, and the new start would otherwise wait and fail.
         */
        private static void stopLeftoverServer(Path directory) throws IOException {
            Path pidFile = directory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            if (!firstLine.matches("\\d+")) {
                return;
            }
            java.util.Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
            if (leftover.isPresent()) {
                log.warn("Stopping PostgreSQL left running in {} (pid {})", directory, firstLine);
                leftover.get().destroy();
                leftover.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            }
        }

        private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                 var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, DATABASE);
                if (!exists.executeQuery().next()) {
                    c.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            } catch (SQLException e) {
                throw new IOException("Cannot create database " + DATABASE, e);
            }
        }

        String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
        }

        /** The superuser's password (user {@code postgres}). */
        String password() {
            return password;
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
