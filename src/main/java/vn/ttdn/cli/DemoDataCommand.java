package vn.ttdn.cli;

import java.io.PrintStream;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ttdn.cli.internal.NationalDataGenerator;
import vn.ttdn.cli.internal.Scale;
import vn.ttdn.identity.PasswordPolicy;

/**
 * {@code demo-data [--scale province|national] [--password P]}: fills the database with sample provinces,
 * agencies, plans, tasks and progress, every plan marked {@code sample} and titled "(dữ liệu mẫu)".
 * Runs once: when generated plans exist it says so and exits 0, so scripts may call it every time.
 */
@Component
public class DemoDataCommand {

    /** The password of every sample account unless {@code --password} gives another; see bench/README.md. */
    public static final String DEFAULT_PASSWORD = "DuLieuMau2026";

    private static final String USAGE = """
            Cách dùng: demo-data [--scale province|national] [--password MẬT_KHẨU]
              --scale province   1 tỉnh, 60 đơn vị, 2 năm (mặc định, chạy nhanh)
              --scale national   34 tỉnh, thành phố × 150 đơn vị, 5 năm, ~70.000 nhiệm vụ, ~700.000 cập nhật
              --password         mật khẩu chung của các tài khoản mẫu (mặc định %s)""".formatted(DEFAULT_PASSWORD);

    private final NationalDataGenerator generator;
    private final PrintStream out;

    DemoDataCommand(NationalDataGenerator generator) {
        this.generator = generator;
        this.out = System.out;
    }

    public int run(String[] args) {
        if (java.util.List.of(args).contains("--help")) {
            out.println(USAGE);
            return 0;
        }
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println(USAGE);
            return 2;
        }
        if (!validPassword(options.password())) {
            return 2;
        }
        long existing = generator.existingSamplePlans();
        if (existing > 0) {
            out.printf("Cơ sở dữ liệu đã có %,d kế hoạch mẫu do demo-data tạo; không tạo thêm.%n", existing);
            return 0;
        }
        out.printf("Tạo dữ liệu mẫu quy mô %s …%n", options.scale().name());
        NationalDataGenerator.Result result = generator.generate(options.scale(), options.password(), out);
        printTotals(result);
        return 0;
    }

    private boolean validPassword(String password) {
        try {
            PasswordPolicy.check("password", password);
            return true;
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return false;
        }
    }

    private void printTotals(NationalDataGenerator.Result result) {
        out.println("Đã tạo:");
        for (Map.Entry<String, Long> e : result.counts().entrySet()) {
            out.printf("  %-16s %,10d%n", e.getKey(), e.getValue());
        }
        out.printf("Thời gian: %.1f s%n", result.took().toMillis() / 1000.0);
    }

    /** The parsed command line; null when it cannot be understood. */
    record Options(Scale scale, String password) {

        static Options parse(String[] args) {
            Scale scale = Scale.PROVINCE;
            String password = DEFAULT_PASSWORD;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.length ? args[i + 1] : null;
                boolean inline = arg.contains("=");
                String name = inline ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--scale" -> scale = Scale.parse(value);
                    case "--password" -> password = value;
                    default -> {
                        return null;
                    }
                }
                if (scale == null || password == null) {
                    return null;
                }
                i += inline ? 0 : 1;
            }
            return new Options(scale, password);
        }
    }
}
