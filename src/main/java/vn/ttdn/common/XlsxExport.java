package vn.ttdn.common;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as an XLSX sheet that opens ready to work with: a bold header row, frozen and with a filter, then
 * one row per item. Numbers stay numbers and dates real Excel dates (moments in the province's zone, see
 * {@link Times}), so they sort, filter and add up; each column is as wide as its content within bounds. Streams, so
 * long lists stay cheap.
 */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";
    static final int MIN_WIDTH = 8;
    static final int MAX_WIDTH = 60;
    /** Excel's limit on the characters of one cell. */
    private static final int MAX_CELL_CHARS = 32_767;

    private XlsxExport() {
    }

    /** The styles of one workbook: POI shares a style among cells, and a workbook holds only so many. */
    private record Styles(CellStyle header, CellStyle date, CellStyle dateTime) {
        static Styles of(Workbook workbook) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return new Styles(header, format(workbook, DATE_FORMAT), format(workbook, DATE_TIME_FORMAT));
        }

        private static CellStyle format(Workbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
            return style;
        }
    }

    public static void write(String sheetName, List<String> headers, List<List<Object>> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = Styles.of(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            int[] widths = new int[headers.size()];
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(styles.header());
                widths[i] = width(headers.get(i)) + 2; // room for the filter's button
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                if (values.size() > widths.length) {
                    widths = Arrays.copyOf(widths, values.size());
                }
                for (int i = 0; i < values.size(); i++) {
                    widths[i] = Math.max(widths[i], setValue(row, i, values.get(i), styles));
                }
            }
            finish(sheet, widths, headers.size(), r - 1);
            workbook.write(out);
        }
    }

    private static void finish(Sheet sheet, int[] widths, int columns, int lastRow) {
        for (int i = 0; i < widths.length; i++) {
            int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 1));
            sheet.setColumnWidth(i, chars * 256);
        }
        sheet.createFreezePane(0, 1);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns - 1));
        }
    }

    /** Writes the value and answers how many characters wide it shows. */
    private static int setValue(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            return width(n.toString());
        }
        if (value instanceof Boolean b) {
            cell.setCellValue(b);
            return 5;
        }
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date());
            return DATE_FORMAT.length();
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime
                || value instanceof LocalDateTime) {
            cell.setCellValue(Times.local(value).toLocalDateTime());
            cell.setCellStyle(styles.dateTime());
            return DATE_TIME_FORMAT.length();
        }
        String text = value.toString();
        cell.setCellValue(text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS - 1) + "…" : text);
        return width(text);
    }

    /** The longest line, in characters. */
    private static int width(String text) {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, line.length());
        }
        return widest;
    }
}
