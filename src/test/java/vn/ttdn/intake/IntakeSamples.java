package vn.ttdn.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ttdn.intake.extraction.TextNormalizer;

/** Seed documents and variants of them for intake tests, and running code as a demo user. */
public final class IntakeSamples {

    public static final String SEED_002 = "002_c0e1b863b6fa9e35.txt";

    private IntakeSamples() {
    }

    public static String seedText(String file) {
        try (InputStream in = IntakeSamples.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a Word document, one paragraph a line, as a province's office would have typed it. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\r?\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed with the task numbered {@code removedRef} left out and {@code editedRef}'s first line extended. */
    public static String revised(String text, String removedRef, String editedRef, String addition) {
        String normalized = TextNormalizer.normalize(text);
        List<String> lines = new ArrayList<>(List.of(normalized.split("\n", -1)));
        ParsedPlan parsed = new PlanExtractor().extract(normalized);
        ParsedTask removed = task(parsed, removedRef);
        ParsedTask edited = task(parsed, editedRef);
        lines.set(edited.lineFrom() - 1, lines.get(edited.lineFrom() - 1) + addition);
        for (int i = removed.lineTo(); i >= removed.lineFrom(); i--) {
            lines.remove(i - 1);
        }
        return String.join("\n", lines);
    }

    public static ParsedTask task(ParsedPlan parsed, String ref) {
        return parsed.tasks().stream().filter(t -> ref.equals(t.ref())).findFirst().orElseThrow();
    }

    public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        var principal = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
