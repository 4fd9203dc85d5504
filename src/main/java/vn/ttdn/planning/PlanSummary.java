package vn.ttdn.planning;

import java.time.LocalDate;

/** A row of the plans list. */
public record PlanSummary(long id, String provinceName, PlanKind kind, String number, String title, int year,
                          LocalDate issuedOn, PlanStatus status, String ownerAgencyName, boolean sample, long taskCount,
                          long doneCount, long overdueCount) {

    public int percentDone() {
        return taskCount == 0 ? 0 : (int) (doneCount * 100 / taskCount);
    }
}
