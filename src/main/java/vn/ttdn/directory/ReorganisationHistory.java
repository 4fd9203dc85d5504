package vn.ttdn.directory;

import java.util.List;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/** Reads back who became whom and when. Read-only; the changes themselves go through {@link Directory}. */
public interface ReorganisationHistory {

    /** Every merger and renaming, newest effective date first unless sorted otherwise (effectiveOn, createdAt). */
    PageResult<ReorganisationView> history(ListQuery query);

    /** The reorganisations an agency took part in, as predecessor or successor, oldest first. */
    List<ReorganisationView> ofAgency(long agencyId);
}
