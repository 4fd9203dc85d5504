package vn.ttdn.planning;

import java.time.OffsetDateTime;

/**
 * Progress was reported on a task. Published by tracking in planning's words (tracking depends on planning, not the
 * other way round); planning takes the latest one as the task's status and percent.
 */
public record TaskProgressed(long provinceId, long planId, long taskId, TaskStatus status, int percent,
                             OffsetDateTime at) {
}
