package vn.ttdn.cli.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids taken from a table's own sequence in blocks, so rows sent by COPY can reference each other (a task its plan,
 * an assignment its task) and the application's later inserts never collide with them.
 */
final class IdSequence {

    private static final int BLOCK = 2000;

    private final Connection connection;
    private final String sequence;
    private final long[] block = new long[BLOCK];
    private int next = BLOCK;

    IdSequence(Connection connection, String table) throws SQLException {
        this.connection = connection;
        try (PreparedStatement s = connection.prepareStatement("select pg_get_serial_sequence(?, 'id')")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                this.sequence = r.getString(1);
            }
        }
    }

    long next() throws SQLException {
        if (next == BLOCK) {
            reserve();
        }
        return block[next++];
    }

    private void reserve() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select nextval(?::regclass) from generate_series(1, " + BLOCK + ")")) {
            s.setString(1, sequence);
            try (ResultSet r = s.executeQuery()) {
                int i = 0;
                while (r.next()) {
                    block[i++] = r.getLong(1);
                }
            }
        }
        next = 0;
    }
}
