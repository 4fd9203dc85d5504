package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.intake.RevisionDiff.TaskText;
import vn.ttdn.intake.RevisionDiff;
import vn.ttdn.planning.Timeframe;

class RevisionDifferTest {

    @Test
    void contentPairsTasksEvenWhenTheNumberingShifts() {
        List<RevisionDiffer.PreviousTask> before = List.of(
                previous(1, "1", "Tổ chức họp báo định kỳ hằng quý về tình hình kinh tế xã hội"),
                previous(2, "2", "Xuất bản ấn phẩm song ngữ giới thiệu tiềm năng du lịch của tỉnh"),
                previous(3, "3", "Tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ các sở ngành"));
        List<ParsedTask> after = List.of(
                task("1", "Tổ chức họp báo định kỳ hằng quý về tình hình kinh tế xã hội"),
                task("2", "Tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ các sở ngành và địa phương"),
                task("3", "Xây dựng phim tài liệu về biên giới"));
        RevisionDiffer.TaskDiff diff = RevisionDiffer.diff(before, after);
        assertThat(diff.removed()).extracting(RevisionDiff.TaskChange::previousTaskId).containsExactly(2L);
        assertThat(diff.changed()).extracting(RevisionDiff.TaskChange::previousTaskId).containsExactly(3L);
        assertThat(diff.added()).extracting(RevisionDiff.TaskChange::ref).containsExactly("3");
        assertThat(diff.unchanged()).isEqualTo(1);
    }

    @Test
    void spacingAndCaseAreNoChange() {
        assertThat(RevisionDiffer.same("Sở  Ngoại vụ\n", "sở ngoại vụ")).isTrue();
        assertThat(RevisionDiffer.same("Sở Ngoại vụ", "Sở Ngoại Vụ tỉnh")).isFalse();
    }

    private static RevisionDiffer.PreviousTask previous(long id, String ref, String content) {
        return new RevisionDiffer.PreviousTask(id, new TaskText(ref, content, "Sở Ngoại vụ", "", null));
    }

    private static ParsedTask task(String ref, String content) {
        return new ParsedTask(ref, null, content, List.of("Sở Ngoại vụ"), List.of(), Timeframe.unspecified(null), null,
                1, 1);
    }
}
