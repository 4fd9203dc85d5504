package vn.ttdn.common;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a list as an XLSX sheet: a bold header row, then one row per item. Streams, so long lists stay cheap. */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private XlsxExport() {
    }

    public static void write(String sheetName, List<String> headers, List<List<Object>> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    setValue(row, i, values.get(i));
                }
            }
            workbook.write(out);
        }
    }

    private static void setValue(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            row.createCell(column).setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            row.createCell(column).setCellValue(DATE.format(d));
        } else if (value instanceof OffsetDateTime t) {
            row.createCell(column).setCellValue(Times.dateTime(t));
        } else {
            row.createCell(column).setCellValue(value.toString());
        }
    }
}
