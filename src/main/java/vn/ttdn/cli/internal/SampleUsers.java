package vn.ttdn.cli.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import vn.ttdn.cli.internal.ProvinceDirectory.AgencyRow;
import vn.ttdn.common.TextFolding;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.identity.Role;

/**
 * Sample accounts: a coordinator and a viewer in every province ({@code ha-noi.coordinator}, {@code ha-noi.viewer})
 * and, in the first province, the load test's accounts: {@code bench.coordinator}, {@code bench.viewer} and
 * {@code bench.officer1..5} at agencies with different amounts of work (a commune officer also sees every task of
 * "UBND các xã, phường"). All share one password given on the command line; an existing username is left alone.
 */
final class SampleUsers {

    private static final String INSERT = "insert into app_user (username, password_hash, full_name, email,"
            + " agency_id, province_id, roles, must_change_password, search_text)"
            + " values (?, ?, ?, ?, ?, ?, ?, false, ?) on conflict (username) do nothing";

    private final Connection connection;
    private final String passwordHash;
    private int written;

    SampleUsers(Connection connection, String passwordHash) {
        this.connection = connection;
        this.passwordHash = passwordHash;
    }

    void write(ProvinceDirectory dir, boolean benchAccounts) throws SQLException {
        String code = dir.spec().code();
        String place = dir.spec().name();
        AgencyRow office = dir.named("Văn phòng UBND");
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            add(s, code + ".coordinator", "Cán bộ điều phối TTĐN " + place, dir.coordinator(), dir, Role.COORDINATOR);
            add(s, code + ".viewer", "Lãnh đạo " + place, office, dir, Role.VIEWER);
            if (benchAccounts) {
                add(s, "bench.coordinator", "Cán bộ điều phối (tải thử)", dir.coordinator(), dir, Role.COORDINATOR);
                add(s, "bench.viewer", "Lãnh đạo (tải thử)", office, dir, Role.VIEWER);
                List<AgencyRow> officers = benchAgencies(dir);
                for (int i = 0; i < officers.size(); i++) {
                    add(s, "bench.officer" + (i + 1), "Cán bộ TTĐN " + (i + 1) + " (tải thử)", officers.get(i), dir,
                            Role.AGENCY_OFFICER);
                }
            }
            for (int n : s.executeBatch()) {
                written += Math.max(n, 0);
            }
        }
    }

    int written() {
        return written;
    }

    /** Officer 1 at the coordinator, 2 foreign affairs, 3 the police, 4 the press, 5 a commune. */
    static List<AgencyRow> benchAgencies(ProvinceDirectory dir) {
        return List.of(dir.coordinator(), dir.named("Sở Ngoại vụ"), dir.named("Công an"),
                dir.ofKind(AgencyKind.PRESS).get(0), dir.ofKind(AgencyKind.PEOPLES_COMMITTEE).get(0));
    }

    private void add(PreparedStatement s, String username, String fullName, AgencyRow agency, ProvinceDirectory dir,
                     Role role) throws SQLException {
        String email = username + "@ttdn.example";
        String label = fullName + " (dữ liệu mẫu)";
        s.setString(1, username);
        s.setString(2, passwordHash);
        s.setString(3, label);
        s.setString(4, email);
        s.setLong(5, agency.id());
        s.setLong(6, dir.provinceId());
        s.setString(7, role.name());
        s.setString(8, TextFolding.foldAll(username, label, email, agency.fullName()));
        s.addBatch();
    }
}
