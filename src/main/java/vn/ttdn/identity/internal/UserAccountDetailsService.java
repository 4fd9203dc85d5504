package vn.ttdn.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.identity.AgencyLookup;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.TtdnPrincipal;

/** Loads users for sign-in (wrong passwords are counted by {@link LoginThrottling}). */
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
        return new TtdnPrincipal(user, account.passwordHash, account.enabled, false,
                account.securityStamp());
    }
}
