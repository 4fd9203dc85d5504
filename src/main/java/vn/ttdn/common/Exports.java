package vn.ttdn.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;

/** Sends a list as an XLSX download named after the list and the day (where the province is). */
public final class Exports {

    private Exports() {
    }

    public static void xlsx(HttpServletResponse response, String name, List<String> headers, List<List<Object>> rows)
            throws IOException {
        response.setContentType(XlsxExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name + "-" + LocalDate.now(Times.ZONE) + ".xlsx", StandardCharsets.UTF_8).build().toString());
        XlsxExport.write(name, headers, rows, response.getOutputStream());
    }
}
