package vn.ttdn.intake;

import java.util.List;
import java.util.Optional;
import vn.ttdn.common.Download;

/**
 * Plan intake: an uploaded plan document becomes a draft to review beside its text, then a plan. Every method
 * checks the signed-in user: only the coordinating department of the province (or an administrator) uploads,
 * reviews and confirms; a draft she may not see is "not found".
 */
public interface PlanIntake {

    /** Reads and stores the document as a draft; nothing is stored when it cannot be read. */
    long upload(long provinceId, String fileName, byte[] content) throws DocumentReadException;

    /** Drafts awaiting review that the user may see, newest first. */
    List<IntakeSummary> drafts();

    IntakeReview review(long id);

    /** Corrects header fields the document printed wrongly or the reader missed. */
    void editHeader(long id, IntakeHeader header, long version);

    /**
     * Maps a printed agency name to an agency ("A:12") or a group ("G:3") of the province; the directory
     * remembers it, so the next document resolves it by itself.
     */
    void mapName(long id, String printed, String target);

    /** Creates the plan (a draft plan; a revision when the document revises one) and returns its id. */
    long confirm(long id);

    void discard(long id);

    /** The uploaded file, for download; its bytes are read while they are sent. */
    Download file(long id);

    /** The document a plan was made from, when it came through intake and the user may read the plan. */
    Optional<IntakeFile.Info> documentOfPlan(long planId);

    /** The bytes of that document ("văn bản gốc"), for whoever reads the plan. */
    Download originalOfPlan(long planId);

    /** The plan that the document a plan was made from revises, for the new plan's page. */
    Optional<Long> revises(long planId);
}
