package vn.ttdn.common.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Published by the directory when an agency ends and others take over its work: merged into or renamed as one
 * agency, or split among several (a district among its communes), possibly with a group standing for successors not
 * listed one by one. Its open tasks (planning) and its people (identity) move to the successors; its history stays.
 * It lives here, not in the directory, because identity hears it and the directory depends on identity.
 *
 * @param provinceId the predecessor's province
 * @param kind MERGE, RENAME or SPLIT
 */
public record AgencySucceeded(long provinceId, long predecessorId, List<Long> successorIds, Long successorGroupId,
                              LocalDate effectiveOn, String kind) {

    public AgencySucceeded(long provinceId, long predecessorId, long successorId, LocalDate effectiveOn, String kind) {
        this(provinceId, predecessorId, List.of(successorId), null, effectiveOn, kind);
    }
}
