package vn.ttdn.planning;

/** The kinds of document that carry tasks. */
public enum PlanKind {
    PLAN("Kế hoạch", "KH"),
    PROGRAMME("Chương trình", "CTr"),
    PROJECT("Đề án", "ĐA"),
    DECISION("Quyết định", "QĐ"),
    DIRECTIVE("Chỉ thị", "CT"),
    OFFICIAL_LETTER("Công văn", "CV");

    private final String label;
    private final String abbreviation;

    PlanKind(String label, String abbreviation) {
        this.label = label;
        this.abbreviation = abbreviation;
    }

    public String label() {
        return label;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /** From the word a document prints ("Kế hoạch", "KẾ HOẠCH"), or PLAN when unknown. */
    public static PlanKind fromLabel(String word) {
        if (word != null) {
            for (PlanKind k : values()) {
                if (k.label.equalsIgnoreCase(word.strip())) {
                    return k;
                }
            }
        }
        return PLAN;
    }
}
