package vn.ttdn.intake;

import java.time.OffsetDateTime;
import java.util.List;
import vn.ttdn.directory.NameMatch;

/**
 * A draft under review: what the document says (re-read from its stored text each time, the extractor is fast and
 * improves), the header as corrected, how each printed agency name resolves now, and what changed against the plan
 * it revises.
 *
 * @param lines    the normalised text, line by line; task line numbers are 1-based into it
 * @param names    every distinct printed agency name of the tasks, in order of appearance, as resolved now
 * @param revision null when the document matches no plan of the province
 */
public record IntakeReview(long id, long provinceId, String provinceName, String fileName, String detectedType,
                           String encoding, IntakeStatus status, String uploadedBy, OffsetDateTime uploadedAt,
                           Long planId, IntakeHeader header, IntakeHeader printedHeader, ParsedPlan plan,
                           List<String> lines, List<NameMatch> names, RevisionDiff revision, long version) {

    public long unresolvedCount() {
        return names.stream().filter(n -> !n.resolved()).count();
    }

    public NameMatch match(String printed) {
        return names.stream().filter(n -> n.printed().equals(printed)).findFirst().orElse(NameMatch.none(printed));
    }
}
