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

/**
 * What a request asks for, as a SHA-256: method, path, query, parameters, uploaded files and any other body. Two
 * sends of the same form or JSON give the same fingerprint; the CSRF token and the form's one-time id are left out
 * (they say who sends, not what). Form and multipart bodies are read as the container parsed them: by the time a
 * filter after Spring Security runs, their raw stream is already consumed.
 */
final class RequestFingerprint {

    private static final Set<String> NOT_CONTENT = Set.of("_csrf", SubmissionIds.PARAMETER);

    private RequestFingerprint() {
    }

    /**
     * The request, able to give its body a second time: a JSON body is read here once for the fingerprint and
     * again by the controller. Form and multipart requests come back as they are.
     */
    static HttpServletRequest rereadable(HttpServletRequest request) throws IOException {
        if (isForm(request)) {
            return request;
        }
        return new BufferedBody(request, request.getInputStream().readAllBytes());
    }

    static String of(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        text(digest, request.getMethod());
        text(digest, request.getRequestURI());
        text(digest, request.getQueryString());
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.forEach((name, values) -> {
            if (!NOT_CONTENT.contains(name)) {
                text(digest, name);
                for (String value : values) {
                    text(digest, value);
                }
            }
        });
        files(digest, request);
        if (request instanceof BufferedBody buffered) {
            bytes(digest, buffered.body);
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
                try (InputStream in = part.getInputStream()) {
                    bytes(digest, in.readAllBytes());
                }
            }
        }
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
        int length = value == null ? -1 : value.length;
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                (byte) length});
        if (value != null) {
            digest.update(value);
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
