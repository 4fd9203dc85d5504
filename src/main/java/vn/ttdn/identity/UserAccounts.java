package vn.ttdn.identity;

import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/** Managing users. Callers check nothing: the web layer only lets administrators in, and changes are audited. */
public interface UserAccounts {

    PageResult<UserView> list(ListQuery query);

    UserView get(long id);

    long create(UserForm form);

    void update(long id, UserForm form);

    void resetPassword(long id, String newPassword);

    void changeOwnPassword(String currentPassword, String newPassword);

    /** After a merger the people of the old agency work for its successor. */
    void moveUsers(long fromAgencyId, long toAgencyId);
}
