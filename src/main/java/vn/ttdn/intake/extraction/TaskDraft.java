package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.planning.Timeframe;

/** A task being assembled from one or more lines. */
final class TaskDraft {

    String ref;
    String sectionRef;
    final StringBuilder content = new StringBuilder();
    List<String> lead = new ArrayList<>();
    List<String> coordinating = new ArrayList<>();
    Timeframe timeframe = Timeframe.unspecified(null);
    String expectedOutput;
    int lineFrom;
    int lineTo;

    TaskDraft(String ref, String sectionRef, int line) {
        this.ref = ref;
        this.sectionRef = sectionRef;
        this.lineFrom = line;
        this.lineTo = line;
    }

    void append(String text, int line) {
        if (text != null && !text.isBlank()) {
            if (content.length() > 0) {
                content.append('\n');
            }
            content.append(text.strip());
        }
        lineTo = Math.max(lineTo, line);
    }

    ParsedTask build() {
        return new ParsedTask(ref, sectionRef, content.toString(), lead, coordinating, timeframe, expectedOutput,
                lineFrom, lineTo);
    }
}
