package vn.ttdn.common;

/**
 * What a user asks of a list: free text (matched without diacritics), a sort key and direction, a page.
 * Sort keys are checked by each list against its own allowed set, never put into SQL as given.
 */
public record ListQuery(String q, String sort, boolean descending, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int EXPORT_SIZE = 50_000;

    public ListQuery {
        q = q == null ? "" : q.strip();
        sort = sort == null ? "" : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, EXPORT_SIZE);
    }

    /** From request parameters: a page is at most {@link #MAX_PAGE_SIZE} rows. */
    public static ListQuery of(String q, String sort, String dir, Integer page, Integer size) {
        int pageSize = size == null ? 25 : Math.min(size, MAX_PAGE_SIZE);
        return new ListQuery(q, sort, "desc".equalsIgnoreCase(dir), page == null ? 0 : page, pageSize);
    }

    /** The folded search text, ready for a LIKE pattern. */
    public String likePattern() {
        // Folding leaves letters, digits and single spaces, so no LIKE wildcard can reach the query.
        return "%" + TextFolding.fold(q) + "%";
    }

    public boolean hasText() {
        return !q.isEmpty();
    }

    public int offset() {
        return page * size;
    }

    /** The same query for an export: every row from the first, up to a sane limit. */
    public ListQuery forExport() {
        return new ListQuery(q, sort, descending, 0, EXPORT_SIZE);
    }
}
