package vn.ttdn.identity;

import java.util.List;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/**
 * Reading the audit log. An administrator reads all of it; a coordinator only the entries of her province and the
 * provinces merged into it; anyone else nothing.
 */
public interface AuditLog {

    /** Entries matching the filter and the folded search text; newest first unless sorted by at, username, action. */
    PageResult<AuditView> search(AuditFilter filter, ListQuery query);

    /** The kinds of record the user's entries concern, for a filter. */
    List<String> entityTypes();

    /** The actions found in the user's entries, for a filter. */
    List<String> actions();
}
