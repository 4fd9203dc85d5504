package vn.ttdn.common.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Files kept in a bytea column, read back a slice at a time: a download holds one slice in memory, not the file
 * (the PostgreSQL driver reads a whole bytea value into memory, so the slicing is done by the server). Each slice
 * borrows a connection for one short query, so slow clients do not hold the pool; inside a transaction it uses the
 * transaction's connection, since waiting for a second one while holding the first starves the pool when many
 * downloads start at once (seen with 40 downloads on a pool of 12). Stored files never change, so slices read in
 * different statements belong to the same file; one that changes length anyway is an error.
 */
public final class StoredBytes {

    public static final int SLICE_BYTES = 256 * 1024;
    private static final byte[] EMPTY = new byte[0];
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final DataSource dataSource;
    private final int sliceBytes;
    private final String lengthSql;
    private final String sliceSql;

    /** The bytes in {@code table.column}, found by {@code keyColumn}; the names are the code's, never the user's. */
    public StoredBytes(DataSource dataSource, String table, String column, String keyColumn) {
        this(dataSource, table, column, keyColumn, SLICE_BYTES);
    }

    public StoredBytes(DataSource dataSource, String table, String column, String keyColumn, int sliceBytes) {
        if (sliceBytes <= 0) {
            throw new IllegalArgumentException("slice of " + sliceBytes + " bytes");
        }
        this.dataSource = Objects.requireNonNull(dataSource);
        this.sliceBytes = sliceBytes;
        String from = " from " + name(table) + " where " + name(keyColumn) + " = ?";
        this.lengthSql = "select octet_length(" + name(column) + ")" + from;
        this.sliceSql = "select substring(" + name(column) + " from ? for ?)" + from;
    }

    /** How many bytes are stored under the key; empty when nothing is. */
    public OptionalLong length(long key) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement s = c.prepareStatement(lengthSql)) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stored bytes " + key + " could not be measured", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /**
     * The {@code length} bytes stored under the key, fetched slice by slice as they are read. Nothing is read
     * before the first {@code read}, so the stream may be handed out before the response starts.
     */
    public InputStream open(long key, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("length " + length);
        }
        return new SliceStream(key, length);
    }

    /** Reads bytes [offset, offset + count) of the stored value: exactly count of them, or fails. */
    byte[] slice(long key, long offset, int count) throws IOException {
        Connection c;
        try {
            c = DataSourceUtils.doGetConnection(dataSource);
        } catch (SQLException e) {
            throw new IOException("stored bytes " + key + ": no connection", e);
        }
        try (PreparedStatement s = c.prepareStatement(sliceSql)) {
            s.setInt(1, Math.toIntExact(offset + 1)); // SQL counts from 1; a bytea holds at most 1 GB
            s.setInt(2, count);
            s.setLong(3, key);
            try (ResultSet rs = s.executeQuery()) {
                byte[] bytes = rs.next() ? rs.getBytes(1) : null;
                if (bytes == null || bytes.length != count) {
                    throw new IOException("stored bytes " + key + " ended at " + offset + " + "
                            + (bytes == null ? "nothing" : bytes.length) + " instead of " + count);
                }
                return bytes;
            }
        } catch (SQLException e) {
            throw new IOException("stored bytes " + key + " could not be read at " + offset, e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static String name(String identifier) {
        if (!NAME.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not an SQL name: " + identifier);
        }
        return identifier;
    }

    /** Holds the current slice only; the next is fetched when it is used up. */
    private final class SliceStream extends InputStream {
        private final long key;
        private final long length;
        private long sliceStart;
        private byte[] current = EMPTY;
        private int inSlice;

        SliceStream(long key, long length) {
            this.key = key;
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[inSlice++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            Objects.checkFromIndexSize(offset, count, buffer.length);
            if (count == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(count, current.length - inSlice);
            System.arraycopy(current, inSlice, buffer, offset, n);
            inSlice += n;
            return n;
        }

        /** Hands each slice to {@code out} whole, rather than through a small buffer. */
        @Override
        public long transferTo(OutputStream out) throws IOException {
            long sent = 0;
            while (fill()) {
                int n = current.length - inSlice;
                out.write(current, inSlice, n);
                inSlice += n;
                sent += n;
            }
            return sent;
        }

        @Override
        public int available() {
            return current.length - inSlice;
        }

        /** Whether a byte is ready, fetching the next slice when the current one is used up. */
        private boolean fill() throws IOException {
            if (inSlice < current.length) {
                return true;
            }
            long next = sliceStart + current.length;
            if (next >= length) {
                return false;
            }
            current = EMPTY; // let the used slice go before the next arrives
            current = slice(key, next, (int) Math.min(sliceBytes, length - next));
            sliceStart = next;
            inSlice = 0;
            return true;
        }
    }
}
