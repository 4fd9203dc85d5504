package vn.ttdn.identity;

import java.util.Set;

/**
 * Published by identity on every write to a user account, inside the writing transaction: a new user, an edit, a
 * password set, a move to a successor agency. Caches of what a user may see, and notifications, key on it.
 *
 * @param provinceId the user's province after the change; null for a national user (the administrator)
 * @param changes    what changed; an edit names each part that changed
 */
public record UserChanged(long userId, Long provinceId, Set<Change> changes) {

    public enum Change { CREATED, UPDATED, DISABLED, ENABLED, AGENCY_MOVED, ROLES_CHANGED, PASSWORD_CHANGED }

    public UserChanged {
        changes = Set.copyOf(changes);
    }
}
