package vn.ttdn.identity.internal;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.PageResult;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.identity.AgencyLookup;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.PasswordPolicy;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserChanged;
import vn.ttdn.identity.UserChanged.Change;
import vn.ttdn.identity.UserForm;
import vn.ttdn.identity.UserView;

@Service
class UserAdministration implements UserAccounts {

    private static final Map<String, String> SORTS = Map.of(
            "username", "u.username", "fullName", "u.fullName", "createdAt", "u.createdAt");

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AgencyLookup agencies;
    private final AuditTrail audit;
    private final EntityManager em;
    private final ApplicationEventPublisher events;

    UserAdministration(UserAccountRepository users, PasswordEncoder encoder, AgencyLookup agencies,
                       AuditTrail audit, EntityManager em, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.encoder = encoder;
        this.agencies = agencies;
        this.audit = audit;
        this.em = em;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<UserView> list(ListQuery query) {
        requireAdmin();
        String where = query.hasText() ? " where u.searchText like :q escape '\\'" : "";
        String order = SORTS.getOrDefault(query.sort(), "u.username") + (query.descending() ? " desc" : " asc");
        var select = em.createQuery("select u from UserAccount u" + where + " order by " + order, UserAccount.class);
        var count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        if (query.hasText()) {
            select.setParameter("q", query.likePattern());
            count.setParameter("q", query.likePattern());
        }
        List<UserView> items = select.setFirstResult(query.offset()).setMaxResults(query.size())
                .getResultList().stream().map(this::view).toList();
        return new PageResult<>(items, query.page(), query.size(), count.getSingleResult());
    }

    @Override
    @Transactional(readOnly = true)
    public UserView get(long id) {
        requireAdmin();
        return view(find(id));
    }

    @Override
    @Transactional
    public long create(UserForm form) {
        return create(form, true);
    }

    @Override
    @Transactional
    public long createWithoutPasswordChange(UserForm form) {
        return create(form, false);
    }

    private long create(UserForm form, boolean mustChangePassword) {
        requireAdmin();
        if (users.existsByUsernameIgnoreCase(form.getUsername().strip())) {
            throw new UserFacingException("username", "Tên đăng nhập này đã có người dùng.");
        }
        PasswordPolicy.check("password", form.getPassword(), form.getUsername());
        UserAccount account = new UserAccount();
        account.username = form.getUsername().strip();
        account.passwordHash = encoder.encode(form.getPassword());
        account.mustChangePassword = mustChangePassword;
        apply(account, form);
        users.saveAndFlush(account);
        audit.record("CREATE", "User", account.id, account.provinceId, "Tạo người dùng " + account.username,
                null, account.snapshot());
        changed(account, EnumSet.of(Change.CREATED));
        return account.id;
    }

    @Override
    @Transactional
    public void update(long id, UserForm form) {
        requireAdmin();
        UserAccount account = find(id);
        if (form.getVersion() != null && form.getVersion() != account.version) {
            throw new ConflictException("user.conflict.reload");
        }
        Map<String, Object> before = account.snapshot();
        Long agencyBefore = account.agencyId;
        Set<Role> rolesBefore = account.roles();
        boolean enabledBefore = account.enabled;
        apply(account, form);
        audit.record("UPDATE", "User", id, account.provinceId, "Sửa người dùng " + account.username,
                before, account.snapshot());
        changed(account, changesOf(account, agencyBefore, rolesBefore, enabledBefore));
    }

    @Override
    @Transactional
    public void resetPassword(long id, String newPassword) {
        requireAdmin();
        UserAccount account = find(id);
        PasswordPolicy.check("password", newPassword, account.username);
        account.passwordHash = encoder.encode(newPassword);
        account.mustChangePassword = true;
        audit.record("RESET_PASSWORD", "User", id, account.provinceId, "Đặt lại mật khẩu " + account.username,
                null, null);
        changed(account, EnumSet.of(Change.PASSWORD_CHANGED));
    }

    @Override
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = find(CurrentUser.get().id());
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash)) {
            throw new UserFacingException("currentPassword", "Mật khẩu hiện tại không đúng.");
        }
        PasswordPolicy.check("newPassword", newPassword, account.username);
        if (Objects.equals(currentPassword, newPassword)) {
            throw new UserFacingException("newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại.");
        }
        account.passwordHash = encoder.encode(newPassword);
        account.mustChangePassword = false;
        // Her own change keeps her signed in: the session gets the new stamp (the controller saves it).
        SecurityStampFilter.replace(UserAccountDetailsService.principalOf(account, agencies),
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
        audit.record("CHANGE_PASSWORD", "User", account.id, account.provinceId, "Đổi mật khẩu", null, null);
        changed(account, EnumSet.of(Change.PASSWORD_CHANGED));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("select u from UserAccount u where u.username in :names", UserAccount.class)
                .setParameter("names", usernames).getResultList()
                .forEach(u -> names.put(u.username, u.fullName == null || u.fullName.isBlank() ? u.username
                        : u.fullName));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> designated(java.util.Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from UserAccount u where u.enabled = true and u.agencyId in :agencies"
                        + " order by u.fullName", UserAccount.class)
                .setParameter("agencies", agencyIds).getResultList().stream()
                .filter(u -> u.roles().contains(Role.AGENCY_LEADER) || u.roles().contains(Role.AGENCY_OFFICER))
                .map(this::view).toList();
    }

    private void changed(UserAccount account, Set<Change> changes) {
        events.publishEvent(new UserChanged(account.id, account.provinceId, changes));
    }

    /** An edit, and each part of it that others may care about: who she works for, what she may do, whether at all. */
    private static Set<Change> changesOf(UserAccount account, Long agencyBefore, Set<Role> rolesBefore,
                                         boolean enabledBefore) {
        Set<Change> changes = EnumSet.of(Change.UPDATED);
        if (!Objects.equals(agencyBefore, account.agencyId)) {
            changes.add(Change.AGENCY_MOVED);
        }
        if (!rolesBefore.equals(account.roles())) {
            changes.add(Change.ROLES_CHANGED);
        }
        if (enabledBefore != account.enabled) {
            changes.add(account.enabled ? Change.ENABLED : Change.DISABLED);
        }
        return changes;
    }

    private static void requireAdmin() {
        if (!CurrentUser.get().isAdmin()) {
            throw new vn.ttdn.common.ForbiddenException("user.forbidden.manage");
        }
    }

    private void apply(UserAccount account, UserForm form) {
        if (form.getRoles().isEmpty()) {
            throw new UserFacingException("roles", "Chọn ít nhất một vai trò.");
        }
        AgencyLookup.AgencyRef agency = null;
        if (form.getAgencyId() != null) {
            agency = agencies.find(form.getAgencyId())
                    .orElseThrow(() -> new UserFacingException("agencyId", "Đơn vị không có trong danh bạ."));
        } else if (!form.getRoles().equals(EnumSet.of(Role.ADMIN))) {
            throw new UserFacingException("agencyId", "Người dùng (trừ quản trị hệ thống) phải thuộc một đơn vị.");
        }
        account.fullName = form.getFullName().strip();
        account.email = form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().strip();
        account.agencyId = form.getAgencyId();
        account.provinceId = agency == null ? null : agency.provinceId();
        account.setRoles(form.getRoles());
        account.enabled = form.isEnabled();
        account.refreshSearchText(agency == null ? null : agency.name());
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("identity.what.user"));
    }

    private UserView view(UserAccount u) {
        String agencyName = u.agencyId == null ? null
                : agencies.find(u.agencyId).map(AgencyLookup.AgencyRef::name).orElse(null);
        return new UserView(u.id, u.username, u.fullName, u.email, u.agencyId, agencyName, u.roles(), u.enabled,
                u.createdAt, u.version);
    }
}
