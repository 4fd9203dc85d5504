package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreambleItemsTest {

    @Test
    void anItemCutByALineBreakIsJoinedWithTheLinesThatFinishIt() {
        List<PreambleItems.Item> items = PreambleItems.in(List.of("Căn cứ Luật Báo chí ngày 05 tháng", "4 năm 2016;",
                "Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017;", "Xét đề nghị của Giám đốc Sở Nội vụ."), 0, 4);
        assertThat(items).extracting(PreambleItems.Item::text).containsExactly(
                "Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;", "Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017;",
                "Xét đề nghị của Giám đốc Sở Nội vụ.");
        assertThat(items.get(0).lineTo()).isEqualTo(1);
    }

    @Test
    void theDashItemsOfABareCanCuAreItemsAndTheBodyIsNot() {
        List<PreambleItems.Item> items = PreambleItems.in(List.of("Căn cứ:", "- Luật Du lịch ngày 19/6/2017;",
                "+ Chương trình công tác năm 2021 của Tỉnh ủy;", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
                "- Nghị định số 1/2020/NĐ-CP ngày 1/1/2020;", "QUYẾT ĐỊNH:", "Căn cứ Luật A ngày 1/1/2020;"), 0, 7);
        assertThat(items).extracting(PreambleItems.Item::text).containsExactly("Căn cứ:",
                "Luật Du lịch ngày 19/6/2017;", "Chương trình công tác năm 2021 của Tỉnh ủy;");
    }

    @Test
    void aParagraphIsNeverSwallowedWhole() {
        List<PreambleItems.Item> items = PreambleItems.in(List.of("Thực hiện Kế hoạch số 1/KH-UBND của UBND tỉnh", "a",
                "b", "c", "d", "e"), 0, 6);
        assertThat(items).singleElement().extracting(PreambleItems.Item::lineTo).isEqualTo(3);
    }

    @Test
    void aFlattenedCopysPreambleRunsFromItsOpenerToTheEnactingWords() {
        String line = "ỦY BAN NHÂN DÂN TỈNH X Số: 5/QĐ-UBND CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X Căn cứ Luật Báo chí ngày 05/4/2016;"
                + " Xét đề nghị của Giám đốc Sở Nội vụ. QUYẾT ĐỊNH: Điều 1. Để thực hiện Kế hoạch số 1/KH-UBND …";
        assertThat(PreambleItems.in(List.of(line), 0, 1)).extracting(PreambleItems.Item::text)
                .containsExactly("Căn cứ Luật Báo chí ngày 05/4/2016; Xét đề nghị của Giám đốc Sở Nội vụ.");
        assertThat(PreambleItems.in(List.of("Các sở phối hợp Thực hiện tốt nhiệm vụ"), 0, 1)).isEmpty();
    }

    @Test
    void afterThePreambleAnOpenerInsideABodySentenceIsNoItem() {
        List<PreambleItems.Item> items = PreambleItems.in(List.of("Căn cứ Luật Báo chí ngày 05/4/2016;",
                "1. Các sở tổ chức tuyên truyền. Thực hiện Kế hoạch số 12/KH-UBND ngày 1/2/2024."), 0, 2);
        assertThat(items).extracting(PreambleItems.Item::text).containsExactly("Căn cứ Luật Báo chí ngày 05/4/2016;");
    }
}
