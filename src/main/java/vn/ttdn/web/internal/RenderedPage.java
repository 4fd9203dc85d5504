package vn.ttdn.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as it was sent, cut where the session's CSRF token stood: every later request gets its own token put back
 * in, so a stored page never carries a token to a request it was not made for.
 */
record RenderedPage(String contentType, List<byte[]> parts, int length) {

    static RenderedPage of(String contentType, byte[] body, String token) {
        List<byte[]> parts = new ArrayList<>();
        byte[] needle = token == null ? new byte[0] : token.getBytes(StandardCharsets.US_ASCII);
        int start = 0;
        for (int at = needle.length == 0 ? -1 : indexOf(body, needle, 0); at >= 0; at = indexOf(body, needle, start)) {
            parts.add(slice(body, start, at));
            start = at + needle.length;
        }
        parts.add(slice(body, start, body.length));
        return new RenderedPage(contentType, List.copyOf(parts), parts.stream().mapToInt(p -> p.length).sum());
    }

    void writeTo(HttpServletResponse response, String token) throws IOException {
        byte[] tokenBytes = token == null ? new byte[0] : token.getBytes(StandardCharsets.US_ASCII);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setContentLengthLong(length + (long) (parts.size() - 1) * tokenBytes.length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(tokenBytes);
            }
            out.write(parts.get(i));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] part = new byte[to - from];
        System.arraycopy(bytes, from, part, 0, part.length);
        return part;
    }
}
