package vn.ttdn.common.database;

import java.io.IOException;
import java.nio.file.Path;
import org.postgresql.ds.PGSimpleDataSource;

/** An embedded PostgreSQL of its own for a test that needs a database but not the application (no Spring). */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseConfiguration.EmbeddedDatabase db;

    private TestDatabase(DatabaseConfiguration.EmbeddedDatabase db) {
        this.db = db;
    }

    /** A fresh, empty database with its data under {@code directory} (not durable: a test's data). */
    public static TestDatabase start(Path directory) throws IOException {
        return new TestDatabase(DatabaseConfiguration.EmbeddedDatabase.start(directory, false, true));
    }

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(db.jdbcUrl());
        pg.setUser("postgres");
        pg.setPassword(db.password());
        return pg;
    }

    @Override
    public void close() throws IOException {
        db.close();
    }
}
