package vn.ttdn.directory;

import java.time.LocalDate;

/** Published when a group ends and another takes its place: open work printed with the old group moves to it.
 * Heard by planning after the reorganisation commits. */
public record GroupSucceeded(long provinceId, long predecessorGroupId, long successorGroupId, LocalDate effectiveOn) {
}
