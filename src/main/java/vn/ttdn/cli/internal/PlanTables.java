package vn.ttdn.cli.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The COPY buffers of the planning and tracking tables with their id sequences. {@link #flush} sends them parents
 * first, as the foreign keys require.
 */
final class PlanTables {

    final CopyBuffer plans = new CopyBuffer("plan", "id, province_id, kind, number, title, issuer_name,"
            + " owner_agency_id, issued_on, signer_authority, signer_title, signer_name, year, status, budget_note,"
            + " sample, search_text, created_at, created_by, updated_at");
    final CopyBuffer citations = new CopyBuffer("plan_citation",
            "plan_id, position, kind, number, printed, issued_on, issuer, subject");
    final CopyBuffer sections = new CopyBuffer("plan_section", "id, plan_id, ref, heading, position");
    final CopyBuffer tasks = new CopyBuffer("task", "id, plan_id, province_id, section_id, ref, position, content,"
            + " timeframe_kind, timeframe_text, start_date, due_date, expected_output, budget_estimate, status,"
            + " percent, last_update_at, search_text, created_at, updated_at");
    final CopyBuffer assignments = new CopyBuffer("task_assignment",
            "task_id, role, agency_id, group_id, printed, name, position");
    final CopyBuffer updates = new CopyBuffer("progress_update",
            "task_id, agency_id, author, status, percent, narrative, created_at");

    final IdSequence planIds;
    final IdSequence sectionIds;
    final IdSequence taskIds;

    private final Connection connection;

    PlanTables(Connection connection) throws SQLException {
        this.connection = connection;
        this.planIds = new IdSequence(connection, "plan");
        this.sectionIds = new IdSequence(connection, "plan_section");
        this.taskIds = new IdSequence(connection, "task");
    }

    void flush() throws SQLException {
        for (CopyBuffer buffer : List.of(plans, citations, sections, tasks, assignments, updates)) {
            buffer.flush(connection);
        }
    }

    /** Rows written so far, by table. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CopyBuffer buffer : List.of(plans, citations, sections, tasks, assignments, updates)) {
            counts.put(buffer.table(), buffer.rowCount());
        }
        return counts;
    }
}
