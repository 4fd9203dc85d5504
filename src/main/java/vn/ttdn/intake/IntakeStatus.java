package vn.ttdn.intake;

public enum IntakeStatus {
    REVIEW, CONFIRMED, DISCARDED
}
