package vn.ttdn.planning;

/** Cơ quan chủ trì or cơ quan phối hợp. */
public enum AssignmentRole {
    LEAD, COORDINATING
}
