package vn.ttdn.web.internal;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a request asks for, as a SHA-256: method, path, query, parameters, uploaded files and any other body. Two
 * sends of the same form or JSON give the same fingerprint; the CSRF token and the form's one-time id are left out
 * (they say who sends, not what). Form and multipart bodies are read as the container parsed them: by the time a
 * filter after Spring Security runs, their raw stream is already consumed.
 *
 * <p>Passwords are left out too (a parameter or JSON field whose name contains "password"): the fingerprint is kept
 * for a day, and a fast unsalted hash of a password would be easy to reverse. A retry that differs only in a
 * password counts as the same request.
 */
final class RequestFingerprint {

    private static final Set<String> NOT_CONTENT = Set.of("_csrf", SubmissionIds.PARAMETER);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RequestFingerprint() {
    }

    /**
     * The request, able to give its body a second time: a JSON body is read here once for the fingerprint and
     * again by the controller. Form and multipart requests come back as they are. Null when the body is longer than
     * {@code maxBytes}: it is not read into memory.
     */
    static HttpServletRequest rereadable(HttpServletRequest request, long maxBytes) throws IOException {
        if (isForm(request)) {
            return request;
        }
        if (request.getContentLengthLong() > maxBytes) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        return body.length > maxBytes ? null : new BufferedBody(request, body);
    }

    static String of(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        text(digest, request.getMethod());
        text(digest, request.getRequestURI());
        text(digest, request.getQueryString());
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.forEach((name, values) -> {
            if (!NOT_CONTENT.contains(name) && !secret(name)) {
                text(digest, name);
                for (String value : values) {
                    text(digest, value);
                }
            }
        });
        files(digest, request);
        if (request instanceof BufferedBody buffered) {
            bytes(digest, withoutPasswords(buffered.body, request.getContentType()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void files(MessageDigest digest, HttpServletRequest request) throws IOException, ServletException {
        if (!isMultipart(request)) {
            return;
        }
        MultipartHttpServletRequest resolved = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (resolved != null) {
            // Already resolved by Spring (as in MockMvc): its files, which need not be servlet parts.
            MultiValueMap<String, MultipartFile> files = resolved.getMultiFileMap();
            for (Map.Entry<String, List<MultipartFile>> entry : new TreeMap<>(files).entrySet()) {
                for (MultipartFile file : entry.getValue()) {
                    text(digest, entry.getKey());
                    text(digest, file.getOriginalFilename());
                    bytes(digest, file.getBytes());
                }
            }
            return;
        }
        for (Part part : request.getParts()) {
            if (part.getSubmittedFileName() != null) { // text fields are among the parameters
                text(digest, part.getName());
                text(digest, part.getSubmittedFileName());
                length(digest, part.getSize());
                try (InputStream in = part.getInputStream()) { // streamed: a plan document may be 20 MB
                    in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
                }
            }
        }
    }

    private static boolean secret(String name) {
        return name.toLowerCase(Locale.ROOT).contains("password");
    }

    /** A JSON body without its password fields, at any depth; any other body as it is. */
    private static byte[] withoutPasswords(byte[] body, String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return body;
        }
        try {
            JsonNode tree = JSON.readTree(body);
            strip(tree);
            return JSON.writeValueAsBytes(tree);
        } catch (JacksonException e) {
            return body; // not JSON after all: the controller will say so
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(object.propertyNames().stream().filter(RequestFingerprint::secret).toList());
        }
        node.values().forEach(RequestFingerprint::strip);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return isMultipart(request)
                || type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Each piece with its length first, so that ("ab", "c") and ("a", "bc") differ. */
    private static void text(MessageDigest digest, String value) {
        bytes(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, byte[] value) {
        length(digest, value == null ? -1 : value.length);
        if (value != null) {
            digest.update(value);
        }
    }

    private static void length(MessageDigest digest, long length) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (length >>> shift));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request whose body was read into memory and is given again to whoever reads it next. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
