package vn.ttdn.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A stored file on its way to the user as an attachment. Its bytes are read from {@code content} while they are
 * sent, so memory holds what the stream holds (one slice of {@link vn.ttdn.common.database.StoredBytes}), not the
 * file. Whoever makes one has checked that the user may read the file.
 */
public record Download(String fileName, String contentType, long length, String sha256, InputStream content) {

    /** Writes the headers, then the bytes; a failure half-way leaves the response short of its Content-Length. */
    public void send(HttpServletResponse response) throws IOException {
        try (InputStream in = content) {
            // The stored type as it is: the forced UTF-8 of pages must not be added to a PDF's type.
            response.setCharacterEncoding((String) null);
            response.setContentType(contentType);
            response.setContentLengthLong(length);
            response.setHeader("Content-Disposition", disposition(fileName));
            response.setHeader("X-Content-Type-Options", "nosniff");
            // The digest is a strong validator, and Tomcat does not compress a response with a strong ETag: the
            // bytes go out as stored and Content-Length stays true.
            response.setHeader("ETag", "\"" + sha256 + "\"");
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    /**
     * {@code attachment} with the name twice: {@code filename*} in UTF-8 (RFC 5987/6266) for the browsers of today,
     * and {@code filename} without diacritics for clients that know only that.
     */
    public static String disposition(String fileName) {
        return "attachment; filename=\"" + asciiName(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    /** "Báo cáo đợt 1.pdf" → "Bao cao dot 1.pdf"; what is left outside printable ASCII, and quotes, become "_". */
    static String asciiName(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        StringBuilder sb = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return sb.toString();
    }

    /** RFC 5987 value-chars: attr-char as it is, every other byte of the UTF-8 form as %XX. */
    static String encoded(String fileName) {
        StringBuilder sb = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
