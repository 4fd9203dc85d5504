package vn.ttdn.cli.internal;

import java.util.Locale;

/**
 * How much to generate. National: every province, five years, about 70,000 tasks and 700,000 updates, the size the
 * ministry's installation must carry. Province: one province and two years, for a quick look or a test.
 */
public record Scale(String name, int provinces, int agenciesPerProvince, int years, int plansPerYear,
                    int annualPlanTasks, int otherPlanTasks) {

    public static final Scale NATIONAL = new Scale("national", ProvinceCatalog.ALL.size(), 150, 5, 12, 60, 32);
    public static final Scale PROVINCE = new Scale("province", 1, 60, 2, 5, 24, 12);

    /** From the command line word, or null when unknown. */
    public static Scale parse(String word) {
        return switch (word == null ? "" : word.toLowerCase(Locale.ROOT)) {
            case "national" -> NATIONAL;
            case "province" -> PROVINCE;
            default -> null;
        };
    }
}
