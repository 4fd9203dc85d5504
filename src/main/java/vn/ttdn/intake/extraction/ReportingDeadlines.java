package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ttdn.intake.ReportingDeadline;
import vn.ttdn.legal.VietnameseDates;

/**
 * "báo cáo … trước ngày 15/5 đối với báo cáo 06 tháng; trước ngày 15/11 đối với báo cáo năm": each date with
 * the period the clause names, looked for after the date first, then before it.
 */
public final class ReportingDeadlines {

    private ReportingDeadlines() {
    }

    public static List<ReportingDeadline> find(List<String> lines) {
        Map<String, ReportingDeadline> found = new LinkedHashMap<>();
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (!lower.contains("báo cáo")) {
                continue;
            }
            int at = lower.indexOf("trước ngày");
            while (at >= 0) {
                ReportingDeadline d = at(line, lower, at);
                if (d != null) {
                    found.putIfAbsent(d.period() + "|" + d.dayMonth(), d);
                }
                at = lower.indexOf("trước ngày", at + 10);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static ReportingDeadline at(String line, String lower, int at) {
        int p = at + "trước ngày".length();
        while (p < line.length() && line.charAt(p) == ' ') {
            p++;
        }
        VietnameseDates.DateMatch d = VietnameseDates.numericAt(line, p);
        if (d == null) {
            return null;
        }
        int clauseEnd = clauseEnd(lower, d.end());
        int clauseStart = clauseStart(lower, at);
        String period = period(lower.substring(d.end(), clauseEnd));
        if (period == null) {
            period = period(lower.substring(clauseStart, at));
        }
        String dayMonth = String.format("%02d/%02d", d.day(), d.month());
        return new ReportingDeadline(period, dayMonth, AgencyListSplitter.trimPunctuation(line.substring(at, clauseEnd)));
    }

    private static int clauseEnd(String lower, int from) {
        int end = lower.length();
        for (String stop : new String[] {";", ". ", "(", "trước ngày"}) {
            int i = lower.indexOf(stop, from);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    private static int clauseStart(String lower, int to) {
        int start = Math.max(lower.lastIndexOf(';', to - 1), lower.lastIndexOf(". ", to - 1));
        return start < 0 ? 0 : start + 1;
    }

    static String period(String clause) {
        if (clause.contains("06 tháng") || clause.contains(" 6 tháng") || clause.contains("sáu tháng")) {
            return "SIX_MONTHS";
        }
        if (clause.contains("quý")) {
            return "QUARTERLY";
        }
        if (clause.contains("hàng tháng") || clause.contains("hằng tháng")) {
            return "MONTHLY";
        }
        if (clause.matches("(?s).*\\bnăm\\b.*")) {
            return "ANNUAL";
        }
        return null;
    }
}
