package vn.ttdn.intake;

/**
 * The signature block.
 *
 * @param authority "KT. CHỦ TỊCH", or both lines of a two-line authority joined by a space
 *                  ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH")
 * @param title     "PHÓ CHỦ TỊCH"
 * @param name      "Hồ An Phong"
 */
public record ParsedSigner(String authority, String title, String name) {
}
