package vn.ttdn.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;

/** Two sends of one request have one fingerprint; what differs in content changes it; passwords never count. */
class RequestFingerprintTest {

    private static String json(String uri, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        HttpServletRequest rereadable = RequestFingerprint.rereadable(request, 1000);
        String hash = RequestFingerprint.of(rereadable);
        assertThat(new String(rereadable.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .as("the controller still reads the whole body").isEqualTo(body);
        return hash;
    }

    private static String form(String... parameters) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tasks/7/updates");
        request.setContentType("application/x-www-form-urlencoded");
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        return RequestFingerprint.of(RequestFingerprint.rereadable(request, 1000));
    }

    private static String upload(byte[] file) throws Exception {
        MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
        request.setRequestURI("/tasks/7/updates");
        request.setContentType("multipart/form-data; boundary=x");
        request.addParameter("narrative", "Kèm tệp");
        request.addFile(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf", file));
        return RequestFingerprint.of(request);
    }

    @Test
    void theSameRequestTwiceHasOneFingerprintAndAnyOtherContentAnother() throws Exception {
        String update = "{\"percent\":40,\"narrative\":\"Đã in\"}";
        assertThat(json("/api/tasks/7/updates", update)).isEqualTo(json("/api/tasks/7/updates", update))
                .isNotEqualTo(json("/api/tasks/7/updates", update.replace("40", "41")))
                .isNotEqualTo(json("/api/tasks/8/updates", update))
                .hasSize(64);
        assertThat(form("percent", "40")).isEqualTo(form("percent", "40")).isNotEqualTo(form("percent", "41"))
                .isNotEqualTo(form("percent", "4", "0", ""));
        assertThat(upload(new byte[] {1, 2})).isEqualTo(upload(new byte[] {1, 2})).isNotEqualTo(upload(new byte[] {1}));
    }

    @Test
    void whoSendsIsNotWhatIsSent() throws Exception {
        assertThat(form("percent", "40", "_csrf", "token-a", "_submission", "id-a"))
                .isEqualTo(form("percent", "40", "_csrf", "token-b", "_submission", "id-b"));
    }

    @Test
    void passwordsAreLeftOutAtAnyDepth() throws Exception {
        assertThat(json("/api/users/3/password", "{\"password\":\"Mật-khẩu-thứ-nhất-2026\"}"))
                .isEqualTo(json("/api/users/3/password", "{\"password\":\"another-one-2026\"}"));
        assertThat(json("/api/users", "{\"username\":\"a\",\"user\":{\"newPassword\":\"x1\"}}"))
                .isEqualTo(json("/api/users", "{\"username\":\"a\",\"user\":{\"newPassword\":\"y2\"}}"))
                .isNotEqualTo(json("/api/users", "{\"username\":\"b\",\"user\":{\"newPassword\":\"x1\"}}"));
        assertThat(form("currentPassword", "a", "newPassword", "b", "confirmPassword", "b"))
                .isEqualTo(form("currentPassword", "c", "newPassword", "d", "confirmPassword", "d"));
    }

    @Test
    void aBodyLongerThanTheLimitIsNotReadIntoMemory() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/plans");
        request.setContentType("application/json");
        request.setContent(new byte[1001]);

        assertThat(RequestFingerprint.rereadable(request, 1000)).isNull();
    }
}
