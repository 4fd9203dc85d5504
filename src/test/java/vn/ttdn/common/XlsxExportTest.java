package vn.ttdn.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An exported list opens in Excel ready to sort and filter: typed cells, sized columns, a frozen filtered header. */
class XlsxExportTest {

    private static final OffsetDateTime LATE_EVENING_UTC = OffsetDateTime.of(2026, 3, 1, 17, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void datesAreExcelDatesAndMomentsAreShownInTheProvincesZone() throws Exception {
        XSSFSheet sheet = sheet(List.of(Arrays.asList("Tờ gấp", LocalDate.of(2026, 2, 28), LATE_EVENING_UTC, 45)));
        Cell date = sheet.getRow(1).getCell(1);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        Cell moment = sheet.getRow(1).getCell(2);
        assertThat(moment.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(moment.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
        assertThat(moment.getLocalDateTimeCellValue())
                .isEqualTo(LATE_EVENING_UTC.atZoneSameInstant(Times.ZONE).toLocalDateTime());
        Cell percent = sheet.getRow(1).getCell(3);
        assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(percent.getNumericCellValue()).isEqualTo(45.0);
    }

    @Test
    void theHeaderIsBoldFrozenAndFilteredOverEveryRow() throws Exception {
        XSSFSheet sheet = sheet(List.of(Arrays.asList("a", null, null, 1), Arrays.asList("b", null, null, 2)));
        assertThat(sheet.getWorkbook().getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                .isTrue();
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isZero();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D3");
    }

    @Test
    void columnsAreAsWideAsTheirContentWithinBounds() throws Exception {
        String content = "Tổ chức hội nghị thông tin đối ngoại năm 2026 với sự tham gia của các sở, ban, ngành và"
                + " UBND các xã, phường, đặc khu";
        XSSFSheet sheet = sheet(List.of(Arrays.asList("Nội dung ngắn", LocalDate.of(2026, 1, 1), null, 7),
                Arrays.asList(content, null, LATE_EVENING_UTC, 100)));
        int defaultWidth = sheet.getDefaultColumnWidth() * 256;
        assertThat(sheet.getColumnWidth(0)).isEqualTo(60 * 256);
        assertThat(sheet.getColumnWidth(1)).isGreaterThan(defaultWidth).isLessThan(20 * 256);
        assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo(17 * 256).isLessThan(25 * 256);
        assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(8 * 256);
    }

    @Test
    void textLongerThanACellHoldsIsCutNotRefused() throws Exception {
        XSSFSheet sheet = sheet(List.of(Arrays.asList("x".repeat(40_000), null, null, null)));
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).hasSize(32_767).endsWith("…");
    }

    private static XSSFSheet sheet(List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write("nhiem-vu", List.of("Nội dung", "Hạn", "Cập nhật lúc", "Tiến độ (%)"), rows, out);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        return workbook.getSheetAt(0);
    }
}
