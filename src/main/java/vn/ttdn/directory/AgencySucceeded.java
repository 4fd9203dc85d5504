package vn.ttdn.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when an agency ends and others take over its work: merged into or renamed as one agency, or split
 * among several (a district among its communes), possibly with a group standing for successors not listed one by
 * one. Its open work moves to the successors, its history stays with it.
 */
public record AgencySucceeded(long predecessorId, List<Long> successorIds, Long successorGroupId,
                              LocalDate effectiveOn, String kind) {

    public AgencySucceeded(long predecessorId, long successorId, LocalDate effectiveOn, String kind) {
        this(predecessorId, List.of(successorId), null, effectiveOn, kind);
    }
}
