package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void runningHeaderAndPageNumbersLeaveTheSentenceWhole() {
        String text = PageFurniture.strip(List.of(
                List.of("KẾ HOẠCH", "Thông tin đối ngoại năm 2026", "Sở Du lịch chủ trì tổ chức", "Trang 1/2"),
                List.of("Kế hoạch số 45/KH-UBND", "các đoàn khảo sát điểm đến.", "Trang 2/2"),
                List.of("Kế hoạch số 45/KH-UBND", "Nơi nhận:", "- Như trên;", "Trang 3/3")));
        assertThat(text.split("\n")).containsExactly("KẾ HOẠCH", "Thông tin đối ngoại năm 2026",
                "Sở Du lịch chủ trì tổ chức", "các đoàn khảo sát điểm đến.", "Nơi nhận:", "- Như trên;");
    }

    @Test
    void numbersAtPageEdgesAreNotFurniture() {
        String text = PageFurniture.strip(List.of(List.of("1", "Tổ chức hội nghị"), List.of("2", "In ấn phẩm")));
        assertThat(text.split("\n")).containsExactly("1", "Tổ chức hội nghị", "2", "In ấn phẩm");
    }

    @Test
    void aLineOnOnePageOnlyStays() {
        String text = PageFurniture.strip(List.of(List.of("1. Mục đích", "Nội dung a"),
                List.of("2. Yêu cầu", "Nội dung b")));
        assertThat(text.split("\n")).containsExactly("1. Mục đích", "Nội dung a", "2. Yêu cầu", "Nội dung b");
    }
}
