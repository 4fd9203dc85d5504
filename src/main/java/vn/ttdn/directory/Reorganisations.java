package vn.ttdn.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * Reorganising the directory from an effective date; only the administrator may. The old record stays for the
 * history and its names resolve to its successor; its open tasks and its people follow by
 * {@link vn.ttdn.common.events.AgencySucceeded} and {@link GroupSucceeded}.
 */
public interface Reorganisations {

    /** Merges agencies into another (existing) one from a date: open tasks and users move to it. */
    void mergeAgencies(List<Long> predecessorIds, long successorId, LocalDate effectiveOn, String note);

    /** Renames an agency from a date: a new record carries the new name, the old one keeps its history. */
    long renameAgency(long id, String newFullName, String newShortName, LocalDate effectiveOn, String note);

    /** Ends an agency from a date; its work goes to several agencies and, if given, a group standing for others. */
    void splitAgency(long id, List<Long> successorIds, Long successorGroupId, LocalDate effectiveOn, String note);

    /** Ends a group from a date: its names resolve, and its open tasks move, to the successor group. */
    void endGroup(long groupId, long successorGroupId, LocalDate effectiveOn, String note);

    /** Merges a province into another: each agency moves to the like-named agency of the successor, or is moved. */
    void mergeProvinces(long predecessorId, long successorId, LocalDate effectiveOn);
}
