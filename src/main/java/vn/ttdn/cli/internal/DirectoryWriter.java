package vn.ttdn.cli.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.ttdn.cli.internal.AgencyCatalog.AgencySpec;
import vn.ttdn.cli.internal.ProvinceCatalog.ProvinceSpec;
import vn.ttdn.cli.internal.ProvinceDirectory.AgencyRow;
import vn.ttdn.cli.internal.ProvinceDirectory.GroupRow;
import vn.ttdn.common.TextFolding;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;

/**
 * Writes a province, its agencies and its two standard groups. A province or agency that already exists (from the
 * demo seeds, say) is reused by name rather than duplicated, so name resolution stays unambiguous.
 */
final class DirectoryWriter {

    static final String DEPARTMENTS_GROUP = "Các sở, ban, ngành";
    static final String COMMUNES_GROUP = "UBND các xã, phường";

    private final Connection connection;
    private final Directory directory;
    private final IdSequence agencyIds;
    private final CopyBuffer agencies = new CopyBuffer("agency", "id, province_id, kind, full_name, short_name,"
            + " coordinator, email, ttdn_leader_name, ttdn_leader_contact, ttdn_officer_name, ttdn_officer_contact,"
            + " search_text");

    DirectoryWriter(Connection connection, Directory directory) throws SQLException {
        this.connection = connection;
        this.directory = directory;
        this.agencyIds = new IdSequence(connection, "agency");
    }

    ProvinceDirectory write(ProvinceSpec spec, int agencyCount, Random random) throws SQLException {
        long provinceId = findOrInsertProvince(spec);
        Map<String, AgencyRow> existing = existingAgencies(provinceId);
        List<AgencyRow> rows = new ArrayList<>();
        AgencyRow coordinator = null;
        for (AgencySpec agency : AgencyCatalog.forProvince(spec, agencyCount, random)) {
            AgencyRow row = existing.get(TextFolding.fold(agency.fullName()));
            if (row == null) {
                row = insertAgency(provinceId, spec, agency, random);
            }
            rows.add(row);
            if (agency.coordinator()) {
                coordinator = row;
            }
        }
        agencies.flush(connection);
        GroupRow departments = group(provinceId, DEPARTMENTS_GROUP, List.of(AgencyKind.BOARD, AgencyKind.DEPARTMENT),
                List.of("Các sở, ban ngành", "Các sở, ban, ngành tỉnh", "sở, ban, ngành"));
        GroupRow communes = group(provinceId, COMMUNES_GROUP, List.of(AgencyKind.PEOPLES_COMMITTEE),
                List.of("Ủy ban nhân dân các xã, phường", "UBND xã, phường", "UBND cấp xã"));
        return new ProvinceDirectory(provinceId, spec, List.copyOf(rows), coordinator, departments, communes);
    }

    long agencyRowsWritten() {
        return agencies.rowCount();
    }

    private long findOrInsertProvince(ProvinceSpec spec) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select id, name from province where code = ?"
                + " or lower(name) = lower(?) or lower(name) = lower(?) order by id")) {
            s.setString(1, spec.code());
            s.setString(2, spec.name());
            s.setString(3, spec.place());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "insert into province (code, name, kind) values (?, ?, ?) returning id")) {
            s.setString(1, spec.code());
            s.setString(2, spec.name());
            s.setString(3, spec.city() ? "CITY" : "PROVINCE");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private Map<String, AgencyRow> existingAgencies(long provinceId) throws SQLException {
        Map<String, AgencyRow> result = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("select id, kind, full_name, ttdn_officer_name"
                + " from agency where province_id = ? and active")) {
            s.setLong(1, provinceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String officer = r.getString(4) == null ? "Cán bộ TTĐN" : r.getString(4);
                    AgencyRow row = new AgencyRow(r.getLong(1), AgencyKind.valueOf(r.getString(2)), r.getString(3),
                            officer);
                    result.put(TextFolding.fold(row.fullName()), row);
                }
            }
        }
        return result;
    }

    private AgencyRow insertAgency(long provinceId, ProvinceSpec province, AgencySpec agency, Random random)
            throws SQLException {
        long id = agencyIds.next();
        String leader = PeopleNames.next(random);
        String officer = PeopleNames.next(random);
        String email = mailbox(agency, province);
        String searchText = TextFolding.foldAll(agency.fullName(), agency.shortName(), email, officer, leader);
        agencies.row(id, provinceId, agency.kind(), agency.fullName(), agency.shortName(), agency.coordinator(),
                email, leader, null, officer, email, searchText);
        return new AgencyRow(id, agency.kind(), agency.fullName(), officer);
    }

    /** Addresses under the reserved ".example" domain: sample data must never mail a real office. */
    private static String mailbox(AgencySpec agency, ProvinceSpec province) {
        String base = agency.shortName() != null ? agency.shortName() : agency.fullName();
        String local = TextFolding.fold(base).replaceAll("[^a-z0-9]", "");
        if (local.length() > 24) {
            local = local.substring(0, 24);
        }
        return local + "." + province.code() + "@ttdn.example";
    }

    private GroupRow group(long provinceId, String name, List<AgencyKind> kinds, List<String> aliases) {
        for (GroupView g : directory.groups(provinceId)) {
            if (TextFolding.fold(g.name()).equals(TextFolding.fold(name))) {
                List<AgencyKind> memberKinds = g.memberKinds().isEmpty() ? kinds : List.copyOf(g.memberKinds());
                return new GroupRow(g.id(), g.name(), memberKinds);
            }
        }
        // Through the directory's API so the group gets its name key and an audit entry like any other.
        long id = directory.createGroup(provinceId, name, Set.copyOf(kinds), List.of(), aliases);
        return new GroupRow(id, name, kinds);
    }
}
