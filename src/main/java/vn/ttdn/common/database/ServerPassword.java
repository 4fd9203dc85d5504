package vn.ttdn.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The embedded server's superuser password: made on first start, kept in {@code ttdn-password} inside the server's
 * directory and readable by its owner only. The server is created by initdb with "trust"; on the first start the
 * password is set and pg_hba.conf is rewritten so that every connection must give it (scram-sha-256). A directory
 * made before this rule is hardened the same way on its next start.
 */
record ServerPassword(Path file, String value) {

    private static final String FILE = "ttdn-password";
    private static final String RULES_MARK = "# TTĐN: every connection gives the password";
    private static final String RULES = RULES_MARK + """
             (scram-sha-256); the server listens on 127.0.0.1 only.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    static ServerPassword of(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.exists(directory.resolve("PG_VERSION"))) {
            Files.deleteIfExists(file); // initdb needs an empty directory; a new server gets a new password
        }
        if (Files.exists(file)) {
            return new ServerPassword(file, Files.readString(file, StandardCharsets.US_ASCII).strip());
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return new ServerPassword(file, HexFormat.of().formatHex(random));
    }

    /** Sets the password and the rules on a server that does not ask for it yet (it still trusts local connections). */
    void requireOn(EmbeddedPostgres postgres) throws IOException {
        Path rules = file.resolveSibling("pg_hba.conf");
        if (Files.readString(rules, StandardCharsets.UTF_8).contains(RULES_MARK)) {
            return;
        }
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, value + "\n", StandardCharsets.US_ASCII);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter user postgres password '" + value + "'"); // hex digits only: nothing to escape
            Files.writeString(rules, RULES, StandardCharsets.UTF_8);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Cannot set the embedded server's password", e);
        }
    }
}
