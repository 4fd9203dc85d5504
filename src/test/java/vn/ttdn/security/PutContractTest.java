package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ttdn.TtdnTest;

/**
 * Every API resource that can be read and replaced: what GET gives, PUT takes back unchanged (only the version
 * moves on); a PUT or an edit form without the version it was read at is refused, and changes nothing.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PutContractTest extends SecurityTestSupport {

    static final String VERSION_REQUIRED = "Thiếu phiên bản (version) của bản ghi bạn đã đọc";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A resource, who may replace it, and its edit form filled in validly but without the version. */
    record Resource(String name, String api, String page, String who,
                    Function<Fixtures, Long> id, Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> form) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Resource> resources() {
        return Stream.of(
                new Resource("agency", "/api/agencies/", "/agencies/%d/edit", "dieuphoi", x -> x.ngoaiVuTq,
                        r -> r.param("provinceId", "" + f.tuyenQuang).param("kind", "DEPARTMENT")
                                .param("fullName", "Sở Ngoại vụ").param("phone", "0207 000 999")),
                new Resource("plan", "/api/plans/", "/plans/%d/edit", "dieuphoi", x -> x.issuedPlan,
                        r -> r.param("provinceId", "" + f.tuyenQuang).param("kind", "PLAN")
                                .param("title", "Kế hoạch ghi đè").param("year", "2026")),
                new Resource("task", "/api/tasks/", "/tasks/%d/edit", "dieuphoi", x -> x.issuedTask,
                        r -> r.param("content", "Nhiệm vụ ghi đè").param("lead", "A:" + f.ngoaiVuTq)
                                .param("timeframeKind", "UNSPECIFIED")),
                new Resource("user", "/api/users/", "/admin/users/%d/edit", "admin", x -> userId("canbo.congan"),
                        r -> r.param("username", "canbo.congan").param("fullName", "Tên ghi đè")
                                .param("roles", "AGENCY_OFFICER").param("agencyId", "" + f.congAnTq)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void whatGetGivesPutTakesBackUnchanged(Resource resource) throws Exception {
        long id = resource.id().apply(f);
        JsonNode before = read(resource, id);
        mvc.perform(put(resource.api() + id).with(as(resource.who())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(before.toString()))
                .andExpect(status().isOk());
        assertThat(withoutVersion(read(resource, id))).isEqualTo(withoutVersion(before));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aPutWithoutItsVersionIsRefusedBesideTheVersionField(Resource resource) throws Exception {
        long id = resource.id().apply(f);
        JsonNode before = read(resource, id);
        ObjectNode body = withoutVersion(before);
        mvc.perform(put(resource.api() + id).with(as(resource.who())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version", org.hamcrest.Matchers.startsWith(VERSION_REQUIRED)));
        assertThat(read(resource, id)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void anEditFormWithoutItsVersionIsShownAgainWithTheReason(Resource resource) throws Exception {
        long id = resource.id().apply(f);
        JsonNode before = read(resource, id);
        String page = mvc.perform(resource.form().apply(post(resource.page().formatted(id))
                        .with(as(resource.who())).with(csrf())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(VERSION_REQUIRED);
        assertThat(read(resource, id)).isEqualTo(before);
    }

    private JsonNode read(Resource resource, long id) throws Exception {
        return JSON.readTree(page(resource.api() + id, resource.who()));
    }

    /** The representation less what a write moves on by itself: the version and the time of the change. */
    private static ObjectNode withoutVersion(JsonNode node) {
        ObjectNode copy = (ObjectNode) node.deepCopy();
        copy.remove("version");
        copy.remove("updatedAt");
        return copy;
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }
}
