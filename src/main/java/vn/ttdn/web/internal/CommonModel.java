package vn.ttdn.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page may use: the request's parameters (Thymeleaf 3.1 no longer exposes the request itself). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CommonModel {

    @ModelAttribute("queryValues")
    Map<String, String[]> queryValues(HttpServletRequest request) {
        return request.getParameterMap();
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
