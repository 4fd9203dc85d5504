package vn.ttdn.web.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese unless the user chose English (?lang=en, remembered in a cookie). An API client without the cookie is
 * answered in the language its Accept-Language asks for, when it is English; a browser's Accept-Language does not
 * change the pages, which are Vietnamese until the user chooses.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ttdn-lang");
        Locale vietnamese = Locale.forLanguageTag("vi");
        resolver.setDefaultLocale(vietnamese);
        resolver.setDefaultLocaleFunction(request -> {
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            boolean english = request.getHeader("Accept-Language") != null
                    && "en".equals(request.getLocale().getLanguage());
            return api && english ? Locale.ENGLISH : vietnamese;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
