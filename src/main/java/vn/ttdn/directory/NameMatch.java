package vn.ttdn.directory;

/**
 * How a printed name resolved: to an agency, to a group, or to nothing. {@code exact} is false for a near miss
 * that a person should confirm.
 */
public record NameMatch(String printed, Long agencyId, Long groupId, String resolvedName, boolean exact) {

    public static NameMatch none(String printed) {
        return new NameMatch(printed, null, null, null, false);
    }

    public boolean resolved() {
        return agencyId != null || groupId != null;
    }
}
