package vn.ttdn.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for people, HTTP Basic for API clients, CSRF on for every browser request. Which records a user may
 * touch is decided in the services; here only whether she is signed in and which role a page needs.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository users,
                                            vn.ttdn.identity.AgencyLookup agencies, LoginThrottling throttling,
                                            org.springframework.transaction.PlatformTransactionManager tx,
                                            org.springframework.jdbc.core.simple.JdbcClient jdbc)
            throws Exception {
        org.springframework.transaction.support.TransactionTemplate readOnly =
                new org.springframework.transaction.support.TransactionTemplate(tx);
        readOnly.setReadOnly(true);
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // CSRF is skipped only for a request that authenticates by its own HTTP Basic header and carries no session:
        // a session cookie beside any Authorization header (even "Bearer x") still needs the token.
        RequestMatcher basicAuthApi = request -> api.matches(request) && request.getRequestedSessionId() == null
                && java.util.Optional.ofNullable(request.getHeader("Authorization"))
                        .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6)).isPresent();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/assets/**", "/favicon.ico",
                                "/error", "/actuator/health").permitAll()
                        .requestMatchers("/admin/users/**", "/api/users/**", "/admin/reorganisations/**",
                                "/api/reorganisations/**").hasRole("ADMIN")
                        .requestMatchers("/admin/audit/**", "/api/audit/**").hasAnyRole("ADMIN", "COORDINATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(tokenFirstThenPage())
                        .failureHandler(new LoginFailureHandler()))
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new LoginThrottleFilter(throttling),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SecurityStampFilter(jdbc, users, agencies, readOnly),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                // An API client sending its own credentials cannot be driven by another site's form.
                .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthApi))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), "
                                + "usb=(), interest-cohort=()")));
        return http.build();
    }

    /**
     * After signing in, the new session gets its CSRF token at once. Left to the first page that needs one, several
     * pages asked for together (tabs, htmx) would each make a token and race to store it in the session's row.
     */
    private static org.springframework.security.web.authentication.AuthenticationSuccessHandler tokenFirstThenPage() {
        var toPage = new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler();
        toPage.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            Object token = request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
            if (token instanceof org.springframework.security.web.csrf.CsrfToken csrf) {
                csrf.getToken();
            }
            toPage.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
