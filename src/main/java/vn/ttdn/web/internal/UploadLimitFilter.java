package vn.ttdn.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ttdn.common.UploadLimits;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An upload beyond the limits is answered before anything reads the request (Spring Security reads the CSRF field
 * of a multipart form): a Vietnamese page for people, a problem document under /api, one log line, no stack trace.
 * The server reads whole requests up to its multipart limits, so the answer arrives instead of a reset connection.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

    private final UploadLimits limits;

    UploadLimitFilter(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request) && !withinLimits(request)) {
            log.warn("Upload refused as too large: {} {} ({} bytes)", request.getMethod(), request.getRequestURI(),
                    request.getContentLengthLong());
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean withinLimits(HttpServletRequest request) throws IOException, ServletException {
        if (request.getContentLengthLong() > limits.maxRequestBytes()) {
            return false;
        }
        try {
            request.getParts(); // parsed once here; everything after reads the parsed parts
            return true;
        } catch (IllegalStateException e) {
            if (isSizeLimit(e)) {
                return false;
            }
            throw e;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String message = limits.tooLargeMessage();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"" + message + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "")
                    + "\"}");
            return;
        }
        // The error dispatch meets the same limit in the DispatcherServlet, and ErrorHandling answers it with the
        // message page in the application's layout.
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, message);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }
}

/** The server's multipart limits from {@link UploadLimits}, and the filter that answers beyond them. */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    MultipartConfigElement multipartConfig(UploadLimits limits) {
        return new MultipartConfigElement(null, limits.maxFileBytes(), limits.maxRequestBytes(), 1024 * 1024);
    }

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadLimits limits) {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter(limits));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
