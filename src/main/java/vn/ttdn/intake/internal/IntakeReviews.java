package vn.ttdn.intake.internal;

import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;
import vn.ttdn.intake.IntakeHeader;
import vn.ttdn.intake.ParsedPlan;
import vn.ttdn.intake.PlanDrafts;
import vn.ttdn.legal.DocumentNumber;
import vn.ttdn.planning.PlanKind;

/** Small rules of the review: the header a document prints, checking corrections, mapping names. */
final class IntakeReviews {

    private IntakeReviews() {
    }

    static IntakeHeader printedHeader(ParsedPlan parsed) {
        return new IntakeHeader(PlanKind.fromLabel(parsed.documentType()), parsed.number(), parsed.title(),
                parsed.issuedOn(), PlanDrafts.year(parsed));
    }

    static void validate(IntakeHeader h) {
        if (h.title() == null || h.title().isBlank()) {
            throw new UserFacingException("title", "intake.header.title.required");
        }
        if (h.title().length() > 1000) {
            throw new UserFacingException("title", "intake.header.title.tooLong");
        }
        if (h.number() != null && h.number().length() > 100) {
            throw new UserFacingException("number", "intake.header.number.tooLong");
        }
        if (h.year() == null || h.year() < 2000 || h.year() > 2100) {
            throw new UserFacingException("year", "intake.header.year.range");
        }
        if (h.kind() == null) {
            throw new UserFacingException("kind", "intake.header.kind.required");
        }
    }

    /** "13980 /KH-UBND" as "13980/KH-UBND"; what is no document number stays as typed. */
    static String canonicalNumber(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return DocumentNumber.parse(typed).map(DocumentNumber::canonical).orElse(typed.strip());
    }

    /**
     * Remembers a printed name as another name of an agency ("A:12") or a group ("G:3") of the province, and
     * returns the name it now stands for.
     */
    static String mapAlias(Directory directory, long provinceId, String printed, String target) {
        long id = targetId(target);
        if (target.startsWith("A:")) {
            AgencyView agency = directory.agency(id);
            if (agency.provinceId() != provinceId) {
                throw new UserFacingException("target", "Đơn vị không thuộc tỉnh của kế hoạch.");
            }
            directory.addAlias(id, printed);
            return agency.fullName();
        }
        GroupView group = directory.group(id);
        if (group.provinceId() != provinceId) {
            throw new UserFacingException("target", "Nhóm đơn vị không thuộc tỉnh của kế hoạch.");
        }
        directory.addGroupAlias(id, printed);
        return group.name();
    }

    private static long targetId(String target) {
        if (target == null || !(target.startsWith("A:") || target.startsWith("G:"))) {
            throw new UserFacingException("target", "Chọn đơn vị hoặc nhóm đơn vị.");
        }
        try {
            return Long.parseLong(target.substring(2));
        } catch (NumberFormatException e) {
            throw new UserFacingException("target", "Chọn đơn vị hoặc nhóm đơn vị.");
        }
    }
}
