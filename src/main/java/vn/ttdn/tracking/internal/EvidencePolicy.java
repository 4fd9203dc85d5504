package vn.ttdn.tracking.internal;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import vn.ttdn.common.Markup;
import vn.ttdn.common.UserFacingException;

/**
 * Which evidence files are accepted: known office, PDF and image types up to a size, whose content really is what
 * the name says (an executable renamed .pdf is refused), that are not web pages or SVG in disguise, and that open
 * as their type ({@link FileOpens}). The content type stored is the one sniffed, not the one sent.
 */
final class EvidencePolicy {

    private static final Tika TIKA = new Tika();
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("pdf", Set.of("application/pdf")),
            Map.entry("docx", Set.of("application/zip", "application/x-tika-ooxml")),
            Map.entry("xlsx", Set.of("application/zip", "application/x-tika-ooxml")),
            Map.entry("pptx", Set.of("application/zip", "application/x-tika-ooxml")),
            Map.entry("doc", Set.of("application/x-tika-msoffice")),
            Map.entry("xls", Set.of("application/x-tika-msoffice")),
            Map.entry("odt", Set.of("application/zip", "application/vnd.oasis.opendocument.text")),
            Map.entry("jpg", Set.of("image/jpeg")),
            Map.entry("jpeg", Set.of("image/jpeg")),
            Map.entry("png", Set.of("image/png")),
            Map.entry("txt", Set.of("text/plain")));
    private static final Map<String, String> STORED_TYPE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "doc", "application/msword", "xls", "application/vnd.ms-excel",
            "odt", "application/vnd.oasis.opendocument.text", "txt", "text/plain; charset=UTF-8");
    private static final Map<String, String> OOXML_PART = Map.of("docx", "word/", "xlsx", "xl/", "pptx", "ppt/");
    private static final Map<String, String> LABEL = Map.ofEntries(
            Map.entry("pdf", "PDF"), Map.entry("docx", "Word (DOCX)"), Map.entry("doc", "Word (DOC)"),
            Map.entry("xlsx", "Excel (XLSX)"), Map.entry("xls", "Excel (XLS)"),
            Map.entry("pptx", "PowerPoint (PPTX)"), Map.entry("odt", "văn bản ODT"),
            Map.entry("jpg", "ảnh JPG"), Map.entry("jpeg", "ảnh JPG"), Map.entry("png", "ảnh PNG"),
            Map.entry("txt", "văn bản TXT (UTF-8, hoặc UTF-16 có BOM)"));

    private final long maxBytes;

    EvidencePolicy(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Returns the content type to store, or refuses the file with a message naming it. */
    String check(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
            throw new UserFacingException("files", "evidence.name.invalid");
        }
        if (content.length == 0) {
            throw new UserFacingException("files", "evidence.empty", name);
        }
        if (content.length > maxBytes) {
            throw new UserFacingException("files", "evidence.tooLarge", name,
                    String.valueOf(maxBytes / (1024 * 1024)));
        }
        String extension = extension(name);
        Set<String> accepted = ALLOWED.get(extension);
        if (accepted == null) {
            throw new UserFacingException("files", "evidence.typeRefused", extension);
        }
        if (Markup.isMarkup(content)) {
            throw new UserFacingException("files", "evidence.markup", name);
        }
        String detected = TIKA.detect(content);
        if (!accepted.contains(detected) || !hasExpectedPart(extension, content)) {
            throw new UserFacingException("files", "evidence.contentMismatch", name, extension);
        }
        requireOpens(name, extension, content);
        return STORED_TYPE.getOrDefault(extension, detected);
    }

    private static void requireOpens(String name, String extension, byte[] content) {
        switch (FileOpens.check(extension, content)) {
            case OPENS -> { }
            case IMAGE_TOO_LARGE -> throw new UserFacingException("files", "evidence.imageTooLarge", name,
                    String.valueOf(FileOpens.MAX_IMAGE_SIDE));
            case BROKEN -> throw new UserFacingException("files", "evidence.broken", name,
                    new DefaultMessageSourceResolvable(new String[] {"evidence.type." + extension},
                            LABEL.get(extension)));
        }
    }

    /** An OOXML file is a zip with its main part in a known folder; any other zip is not a Word/Excel file. */
    private static boolean hasExpectedPart(String extension, byte[] content) {
        String part = OOXML_PART.get(extension);
        if (part == null) {
            return true;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < 200 && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().startsWith(part)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
