package vn.ttdn.intake;

/**
 * When agencies must report, as the plan says ("trước ngày 15/5 đối với báo cáo 06 tháng").
 *
 * @param period   MONTHLY, QUARTERLY, SIX_MONTHS, ANNUAL, or null when the text does not say
 * @param dayMonth "15/05"
 * @param text     the clause as printed
 */
public record ReportingDeadline(String period, String dayMonth, String text) {
}
