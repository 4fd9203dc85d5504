package vn.ttdn.identity.internal;

import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.identity.AgencyLookup;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.TtdnPrincipal;

/** Loads users for sign-in and keeps count of wrong passwords for the lockout. */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final AgencyLookup agencies;

    UserAccountDetailsService(UserAccountRepository users, AgencyLookup agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return principalOf(account, agencies);
    }

    static TtdnPrincipal principalOf(UserAccount account, AgencyLookup agencies) {
        Long province = account.provinceId;
        if (account.agencyId != null) {
            province = agencies.find(account.agencyId).map(AgencyLookup.AgencyRef::provinceId).orElse(province);
        }
        java.util.Set<Long> scope = province == null ? java.util.Set.of() : agencies.provinceScope(province);
        CurrentUser user = new CurrentUser(account.id, account.username, account.fullName, account.agencyId,
                province, scope, account.roles());
        return new TtdnPrincipal(user, account.passwordHash, account.enabled, account.isLocked(OffsetDateTime.now()),
                account.securityStamp());
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsernameIgnoreCase(String.valueOf(event.getAuthentication().getPrincipal()).strip())
                .ifPresent(account -> account.recordFailure(OffsetDateTime.now()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .filter(account -> account.failedAttempts > 0 || account.lockedUntil != null)
                .ifPresent(UserAccount::recordSuccess);
    }
}
