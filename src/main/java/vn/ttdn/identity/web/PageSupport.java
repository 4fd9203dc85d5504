package vn.ttdn.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.BeanUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.validation.BindingResult;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.common.XlsxExport;

/**
 * What {@code vn.ttdn.web.Forms} and {@code Exports} do for other modules, for identity's pages: the web shell itself
 * depends on identity (who is signed in), so identity may not depend on it back.
 */
final class PageSupport {

    private PageSupport() {
    }

    /** A service's refusal beside the field it names, or at the top of the form. */
    static void reject(BindingResult result, UserFacingException e) {
        String field = e.field();
        if (field != null && result.getTarget() != null
                && BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
            result.rejectValue(field, "service", e.getMessage());
        } else {
            result.reject("service", e.getMessage());
        }
    }

    /** The list as an XLSX download named after it and the day. */
    static void xlsx(HttpServletResponse response, String name, List<String> headers, List<List<Object>> rows)
            throws IOException {
        response.setContentType(XlsxExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name + "-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).build().toString());
        XlsxExport.write(name, headers, rows, response.getOutputStream());
    }
}
