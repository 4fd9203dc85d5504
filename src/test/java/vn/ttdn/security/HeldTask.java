package vn.ttdn.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A task row locked by another transaction, as a slow writer would hold it: a progress update on the task waits at
 * its last step (the task's progress) until {@link #close()}. With it a test sees a first request still in flight.
 */
final class HeldTask implements AutoCloseable {

    private final Connection connection;

    HeldTask(DataSource dataSource, long task) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("select id from task where id = ? for update")) {
            lock.setLong(1, task);
            lock.executeQuery().close();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
            connection.close();
        }
    }
}
