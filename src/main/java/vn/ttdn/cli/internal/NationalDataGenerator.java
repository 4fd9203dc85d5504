package vn.ttdn.cli.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import vn.ttdn.changes.DataChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ttdn.cli.internal.ProvinceCatalog.ProvinceSpec;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.SystemUser;

/**
 * Writes a whole sample data set with plain JDBC and COPY in one transaction: either all of it is there or none,
 * which keeps "is it generated already?" a single question. Provinces go one by one so memory stays flat.
 * The seed is fixed: two runs of one scale on the same day give the same data.
 */
@Component
public class NationalDataGenerator {

    /** What was written, by table, and how long it took. */
    public record Result(Map<String, Long> counts, Duration took) {
    }

    private static final long SEED = 20250701L;

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Directory directory;
    private final AuditTrail audit;
    private final DataChanges changes;
    private final PasswordEncoder passwordEncoder;

    NationalDataGenerator(DataSource dataSource, PlatformTransactionManager transactionManager, Directory directory,
                          AuditTrail audit, PasswordEncoder passwordEncoder, DataChanges changes) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactionManager);
        this.directory = directory;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.changes = changes;
    }

    /** Plans an earlier run generated; any means the data set is there already. */
    public long existingSamplePlans() {
        Long n = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from plan where sample and created_by = ?", Long.class, PlanComposer.CREATED_BY);
        return n == null ? 0 : n;
    }

    public Result generate(Scale scale, String password, PrintStream out) {
        long started = System.nanoTime();
        // One hash for every sample account: bcrypt is slow on purpose, and these accounts share the password.
        String hash = passwordEncoder.encode(password);
        Map<String, Long> counts = SystemUser.call(() -> transaction.execute(status -> {
            try {
                // COPY bypasses the entities: the change is named here, national as it fills every province.
                changes.changed(null);
                return write(DataSourceUtils.getConnection(dataSource), scale, hash, out, started);
            } catch (SQLException e) {
                throw new IllegalStateException("Không ghi được dữ liệu mẫu: " + e.getMessage(), e);
            }
        }));
        out.println("Đang cập nhật thống kê cho bộ lập kế hoạch truy vấn (ANALYZE)…");
        new JdbcTemplate(dataSource).execute("analyze");
        return new Result(counts, Duration.ofNanos(System.nanoTime() - started));
    }

    private Map<String, Long> write(Connection connection, Scale scale, String hash, PrintStream out, long started)
            throws SQLException {
        LocalDate today = LocalDate.now();
        DirectoryWriter directoryWriter = new DirectoryWriter(connection, directory);
        SampleUsers users = new SampleUsers(connection, hash);
        PlanTables tables = new PlanTables(connection);
        TaskComposer tasks = new TaskComposer(tables, new ProgressSimulator(today, tables.updates));
        PlanComposer plans = new PlanComposer(tables, tasks, today, scale);
        int firstYear = today.getYear() - scale.years() + 1;
        for (int i = 0; i < scale.provinces(); i++) {
            ProvinceSpec spec = ProvinceCatalog.ALL.get(i);
            Random random = new Random(SEED + i);
            ProvinceDirectory dir = directoryWriter.write(spec, scale.agenciesPerProvince(), random);
            users.write(dir, i == 0);
            for (int year = firstYear; year <= today.getYear(); year++) {
                plans.writeYear(dir, year, random);
            }
            tables.flush();
            out.printf("[%2d/%d] %-16s %,8d nhiệm vụ %,10d cập nhật  (%.0f s)%n", i + 1, scale.provinces(),
                    spec.name(), tables.tasks.rowCount(), tasks.updateCount(),
                    (System.nanoTime() - started) / 1e9);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("province", (long) scale.provinces());
        counts.put("agency", directoryWriter.agencyRowsWritten());
        counts.put("app_user", (long) users.written());
        counts.putAll(tables.counts());
        audit.record("CREATE", "SampleData", null, null, "Tạo dữ liệu mẫu quy mô " + scale.name() + " (năm "
                + firstYear + "–" + today.getYear() + ")", null, counts);
        return counts;
    }
}
