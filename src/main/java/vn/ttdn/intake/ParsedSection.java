package vn.ttdn.intake;

/**
 * A heading of the plan's body.
 *
 * @param ref   the path of numbers as printed, unique in the document: "II", "II.1", "II.2.3"
 * @param level 1 for "I.", 2 for "1.", 3 for "1.1." …
 */
public record ParsedSection(String ref, String heading, int level, int lineFrom, int lineTo) {
}
