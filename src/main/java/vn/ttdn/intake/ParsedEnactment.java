package vn.ttdn.intake;

import java.time.LocalDate;

/**
 * The decision that promulgates a plan attached to it ("Quyết định số 1234/QĐ-UBND … về việc ban hành Kế hoạch
 * …"): the plan is the document read, this is the act that made it law.
 *
 * @param kind   "Quyết định" as printed in the decision's header
 * @param number the decision's number, canonical; null when not printed
 * @param title  the decision's own title ("Về việc ban hành Kế hoạch …")
 */
public record ParsedEnactment(String kind, String number, LocalDate date, String title) {
}
