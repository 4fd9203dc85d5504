package vn.ttdn.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A page as it was sent, cut where the session's CSRF token and the forms' one-time submission ids stood: every
 * later request gets its own token put back in, and fresh ids, so a stored page never carries a token to a request it
 * was not made for, and two copies of a page never share a form id (the second form sent would count as a double
 * send of the first).
 */
record RenderedPage(String contentType, List<byte[]> parts, List<Hole> holes, int length) {

    /** What stood between two parts. */
    enum Hole { TOKEN, SUBMISSION }

    static RenderedPage of(String contentType, byte[] body, String token) {
        return of(contentType, body, token, List.of());
    }

    static RenderedPage of(String contentType, byte[] body, String token, List<String> submissionIds) {
        List<byte[]> needles = new ArrayList<>();
        List<Hole> kinds = new ArrayList<>();
        if (token != null && !token.isEmpty()) {
            needles.add(token.getBytes(StandardCharsets.US_ASCII));
            kinds.add(Hole.TOKEN);
        }
        for (String id : submissionIds) {
            needles.add(id.getBytes(StandardCharsets.US_ASCII));
            kinds.add(Hole.SUBMISSION);
        }
        List<byte[]> parts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length; ) {
            int found = needleAt(body, i, needles);
            if (found < 0) {
                i++;
                continue;
            }
            parts.add(slice(body, start, i));
            holes.add(kinds.get(found));
            i += needles.get(found).length;
            start = i;
        }
        parts.add(slice(body, start, body.length));
        return new RenderedPage(contentType, List.copyOf(parts), List.copyOf(holes),
                parts.stream().mapToInt(p -> p.length).sum());
    }

    void writeTo(HttpServletResponse response, String token) throws IOException {
        writeTo(response, token, SubmissionIds::fresh);
    }

    void writeTo(HttpServletResponse response, String token, Supplier<String> submissionIds) throws IOException {
        byte[] tokenBytes = token == null ? new byte[0] : token.getBytes(StandardCharsets.US_ASCII);
        List<byte[]> fills = new ArrayList<>(holes.size());
        long total = length;
        for (Hole hole : holes) {
            byte[] fill = hole == Hole.TOKEN ? tokenBytes : submissionIds.get().getBytes(StandardCharsets.US_ASCII);
            fills.add(fill);
            total += fill.length;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setContentLengthLong(total);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(fills.get(i - 1));
            }
            out.write(parts.get(i));
        }
    }

    /** Which needle starts at this position of the page, or -1. */
    private static int needleAt(byte[] haystack, int at, List<byte[]> needles) {
        outer:
        for (int n = 0; n < needles.size(); n++) {
            byte[] needle = needles.get(n);
            if (needle.length == 0 || at + needle.length > haystack.length) {
                continue;
            }
            for (int j = 0; j < needle.length; j++) {
                if (haystack[at + j] != needle[j]) {
                    continue outer;
                }
            }
            return n;
        }
        return -1;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] part = new byte[to - from];
        System.arraycopy(bytes, from, part, 0, part.length);
        return part;
    }
}
