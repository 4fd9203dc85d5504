package vn.ttdn.intake;

import java.util.List;
import vn.ttdn.planning.Timeframe;

/**
 * One duty ("nhiệm vụ") found in the plan.
 *
 * @param ref            the task's own number as printed ("2.3.1", table "TT" column), null for a bullet
 * @param sectionRef     the {@link ParsedSection#ref()} of the section it sits in, null outside any section
 * @param lead           lead agencies ("cơ quan chủ trì") as printed, one name or group per element
 * @param coordinating   coordinating agencies ("cơ quan phối hợp") as printed
 * @param timeframe      never null; {@code UNSPECIFIED} with a null text when nothing is printed
 * @param expectedOutput the product or result the plan expects ("Sản phẩm"), null when not printed
 */
public record ParsedTask(String ref, String sectionRef, String content, List<String> lead, List<String> coordinating,
                         Timeframe timeframe, String expectedOutput, int lineFrom, int lineTo) {

    public ParsedTask {
        lead = List.copyOf(lead);
        coordinating = List.copyOf(coordinating);
    }
}
