package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An all-capital "THỰC HIỆN …" preamble in a flattened copy (branch g-cite3), and capital titles that hold it. */
class PreambleCapitalThucHienTest {

    @Test
    void aCapitalThucHienAfterTheHeaderOpensTheFlattenedPreamble() {
        String line = "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN Số: 5/KH-UBND Nghệ An, ngày 03 tháng 4 năm 2018 KẾ HOẠCH Ứng dụng "
                + "công nghệ thông tin năm 2018 THỰC HIỆN CHỈ THỊ SỐ 16/CT-TTG NGÀY 04/5/2017 CỦA THỦ TƯỚNG CHÍNH PHỦ, "
                + "ỦY BAN NHÂN DÂN TỈNH BAN HÀNH KẾ HOẠCH NHƯ SAU: I. MỤC ĐÍCH";
        assertThat(PreambleItems.in(List.of(line), 0, 1)).extracting(PreambleItems.Item::text).singleElement()
                .satisfies(t -> assertThat(t).startsWith("THỰC HIỆN CHỈ THỊ SỐ 16/CT-TTG"));
    }

    @Test
    void aCapitalTitleThatHoldsThucHienOpensNothing() {
        String line = "TỈNH ỦY HÀ TĨNH Số: 12-KH/TU KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017 "
                + "I. MỤC ĐÍCH, YÊU CẦU TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 07-KH/TW";
        assertThat(PreambleItems.in(List.of(line), 0, 1)).isEmpty();
    }

    @Test
    void anotherOpenerInTheLineWinsOverACapitalThucHien() {
        String line = "QUYẾT ĐỊNH VỀ VIỆC THỰC HIỆN CHẾ ĐỘ X PHÊ DUYỆT THỰC HIỆN ĐỀ ÁN Y Căn cứ Luật Báo chí ngày "
                + "05/4/2016; QUYẾT ĐỊNH: Điều 1.";
        assertThat(PreambleItems.in(List.of(line), 0, 1)).extracting(PreambleItems.Item::text)
                .containsExactly("Căn cứ Luật Báo chí ngày 05/4/2016;");
    }
}
