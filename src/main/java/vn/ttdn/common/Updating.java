package vn.ttdn.common;

/**
 * Validation group of a change to a record that exists: the form must carry the version it was read at, so that a
 * client which leaves it out is refused instead of silently overwriting someone else's change.
 */
public interface Updating {
}
