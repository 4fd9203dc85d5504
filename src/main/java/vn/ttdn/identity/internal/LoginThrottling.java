package vn.ttdn.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.identity.SignInThrottle;

/**
 * Feeds the {@link LoginThrottle} with the outcome of every sign-in, by form or HTTP Basic, and writes to the audit
 * log each sign-in by form, each failure and each delay started (refused attempts are not written: the delay that
 * refused them is).
 */
@Component
class LoginThrottling implements SignInThrottle {

    static final String ENTITY = "Login";

    private final LoginThrottle throttle;
    private final JpaAuditTrail audit;
    private final UserAccountRepository users;

    /** Counts in the database, so that every node slows the same guesser down. */
    LoginThrottling(JpaAuditTrail audit, UserAccountRepository users, JdbcClient jdbc) {
        this.throttle = new LoginThrottle(Clock.systemUTC(), new DatabaseFailureCounts(jdbc, "address"),
                new DatabaseFailureCounts(jdbc, "account"));
        this.audit = audit;
        this.users = users;
    }

    @Override
    public boolean throttled(String clientAddress) {
        return !waitFor(clientAddress).isZero();
    }

    Duration waitFor(String clientAddress) {
        return throttle.waitFor(clientAddress);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        String address = addressOf(event.getAuthentication());
        LoginThrottle.Outcome outcome = throttle.failed(address, name);
        Optional<UserAccount> account = users.findByUsernameIgnoreCase(name);
        Long id = account.map(a -> a.id).orElse(null);
        Long province = account.map(a -> a.provinceId).orElse(null);
        audit.recordAs(name, "LOGIN_FAILED", ENTITY, id, province,
                "Đăng nhập không thành công với tên «" + name + "» từ địa chỉ " + address, null, facts(name, address));
        if (!outcome.addressDelay().isZero()) {
            audit.recordAs(name, "LOGIN_THROTTLED", ENTITY, null, null, "Tạm chặn đăng nhập từ địa chỉ " + address
                    + " trong " + vietnamese(outcome.addressDelay()) + " sau " + outcome.addressFailures()
                    + " lần không thành công", null, facts(name, address));
        }
        if (!outcome.accountDelay().isZero()) {
            audit.recordAs(name, "LOGIN_THROTTLED", ENTITY, id, province, "Làm chậm đăng nhập vào tài khoản «" + name
                    + "» trong " + vietnamese(outcome.accountDelay()) + " sau " + outcome.accountFailures()
                    + " lần không thành công (mật khẩu đúng từ địa chỉ chưa bị chặn vẫn đăng nhập được)",
                    null, facts(name, address));
        }
    }

    /** Every success, by form or by an API call's own credentials, clears the account's count. */
    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    /** Sign-in by the form only: an API client authenticates on every call, which is not worth a line each. */
    @EventListener
    @Transactional
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        String address = addressOf(event.getAuthentication());
        Optional<UserAccount> account = users.findByUsernameIgnoreCase(name);
        audit.recordAs(name, "LOGIN", ENTITY, account.map(a -> a.id).orElse(null),
                account.map(a -> a.provinceId).orElse(null), "Đăng nhập thành công từ địa chỉ " + address,
                null, facts(name, address));
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "?";
    }

    private static Map<String, Object> facts(String name, String address) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("username", name);
        facts.put("address", address);
        return facts;
    }

    static String vietnamese(Duration delay) {
        return delay.toSeconds() < 60 ? delay.toSeconds() + " giây"
                : (delay.toSeconds() + 59) / 60 + " phút";
    }
}
