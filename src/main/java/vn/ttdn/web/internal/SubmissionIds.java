package vn.ttdn.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Puts a one-time id, {@code _submission}, into every POST form a template renders, beside Spring Security's CSRF
 * field: {@link DoubleSubmitFilter} lets a second send of the same form create nothing. It decorates the processor
 * Spring Security registers (the CSRF field comes from it), so both fields are written. Ids issued while rendering
 * a page are listed on the request: the page cache cuts them out and puts fresh ones into every copy it sends.
 */
final class SubmissionIds implements RequestDataValueProcessor {

    static final String PARAMETER = "_submission";

    private static final String POST_FORM = SubmissionIds.class.getName() + ".post";
    private static final String ISSUED = SubmissionIds.class.getName() + ".issued";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final RequestDataValueProcessor delegate;

    SubmissionIds(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    /**
     * 128 random bits, URL-safe: nothing in them needs escaping in HTML, so the page cache finds them as written.
     * Unique, not secret: ids are kept per user and only she can send her forms (CSRF), so the fast thread-local
     * generator serves every cached page without a lock.
     */
    static String fresh() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isValid(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }

    /** The ids put into the forms of the page rendered for this request, in order. */
    @SuppressWarnings("unchecked")
    static List<String> issued(HttpServletRequest request) {
        Object ids = request.getAttribute(ISSUED);
        return ids == null ? List.of() : List.copyOf((List<String>) ids);
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        // A GET form (search, filters) only reads: it gets no id, as it gets no CSRF token.
        request.setAttribute(POST_FORM, "post".equalsIgnoreCase(httpMethod));
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = delegate.getExtraHiddenFields(request);
        boolean post = Boolean.TRUE.equals(request.getAttribute(POST_FORM));
        request.removeAttribute(POST_FORM);
        if (!post) {
            return fields;
        }
        Map<String, String> all = new LinkedHashMap<>(fields == null ? Map.of() : fields);
        String id = fresh();
        all.put(PARAMETER, id);
        issue(request, id);
        return all;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }

    @SuppressWarnings("unchecked")
    private static void issue(HttpServletRequest request, String id) {
        List<String> ids = (List<String>) request.getAttribute(ISSUED);
        if (ids == null) {
            ids = new ArrayList<>();
            request.setAttribute(ISSUED, ids);
        }
        ids.add(id);
    }
}

/** Wraps the request data value processor Spring Security defines instead of replacing it. */
@Configuration(proxyBeanMethods = false)
class SubmissionIdConfiguration {

    @Bean
    static BeanPostProcessor submissionIdsInForms() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (RequestContextUtils.REQUEST_DATA_VALUE_PROCESSOR_BEAN_NAME.equals(name)
                        && bean instanceof RequestDataValueProcessor processor && !(bean instanceof SubmissionIds)) {
                    return new SubmissionIds(processor);
                }
                return bean;
            }
        };
    }
}
