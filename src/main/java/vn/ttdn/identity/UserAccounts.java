package vn.ttdn.identity;

import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/**
 * Managing users. Callers check nothing: the web layer only lets administrators in, and changes are audited. Every
 * write publishes {@link UserChanged}; after a merger the old agency's people move by
 * {@link vn.ttdn.common.events.AgencySucceeded}, not through this interface.
 */
public interface UserAccounts {

    PageResult<UserView> list(ListQuery query);

    UserView get(long id);

    /** A new user, who must change the password given here at her first sign-in. */
    long create(UserForm form);

    /**
     * A new user who may keep the password given here: only for demonstration data, whose accounts share a
     * password published in the README. An administrator's new users always use {@link #create(UserForm)}.
     */
    long createWithoutPasswordChange(UserForm form);

    void update(long id, UserForm form);

    void resetPassword(long id, String newPassword);

    void changeOwnPassword(String currentPassword, String newPassword);

    /** Full names by login name, for signing what people wrote; a name not found is left out. */
    java.util.Map<String, String> fullNames(java.util.Collection<String> usernames);

    /**
     * The working leaders and officers of these agencies, by name: who each agency has designated for TTĐN work.
     * Anyone may read it, as the directory is public within the installation.
     */
    java.util.List<UserView> designated(java.util.Collection<Long> agencyIds);
}
