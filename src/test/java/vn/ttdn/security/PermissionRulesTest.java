package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import vn.ttdn.TtdnTest;

/**
 * The rules the matrix cannot show by status codes alone: what lists and pages leave out, that one agency cannot
 * touch another's drafts, how browser sessions and API clients prove a write is theirs, and that every change
 * is audited.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionRulesTest extends SecurityTestSupport {

    static final String PASSWORD = "Demo@2026ttdn";

    @Nested
    class AgencyACannotReadOrChangeAgencyBsDrafts {

        @Test
        void anotherAgencysDraftIsNotInHerListsNorReachable() throws Exception {
            String plans = page("/api/plans?size=200&year=2026", "canbo.congan");
            assertThat(plans).doesNotContain("\"id\":" + f.agencyDraft + ",")
                    .doesNotContain("\"id\":" + f.provincialDraft + ",").contains("\"id\":" + f.issuedPlan + ",");
            assertThat(page("/api/tasks?planId=" + f.agencyDraft, "canbo.congan")).contains("\"total\":0");
            assertThat(page("/plans?year=2026", "canbo.congan")).doesNotContain("Dự thảo của Sở Ngoại vụ");
            mvc.perform(get("/api/plans/" + f.agencyDraft).with(as("canbo.congan"))).andExpect(status().isNotFound());
            mvc.perform(get("/plans/" + f.agencyDraft + "/edit").with(as("canbo.congan")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/tasks/" + f.agencyDraftTask + "/updates").with(as("canbo.congan")))
                    .andExpect(status().isNotFound());
            // while her own agency's people and the coordinator see it
            assertThat(page("/api/plans?size=200&year=2026", "canbo.ngoaivu")).contains("\"id\":" + f.agencyDraft + ",");
            assertThat(page("/api/plans?size=200&year=2026", "dieuphoi")).contains("\"id\":" + f.agencyDraft + ",");
        }

        @Test
        void anotherAgencysDraftCannotBeChanged() throws Exception {
            String before = title(f.agencyDraft);
            long tasksBefore = f.count("task");
            long auditBefore = f.count("audit_log");
            mvc.perform(put("/api/plans/" + f.agencyDraft).with(as("canbo.congan")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"provinceId\":" + f.tuyenQuang + ",\"kind\":\"PLAN\",\"title\":\"Chiếm\",\"year\":2026,"
                            + "\"version\":" + AuthorizationMatrixTest.version(f, "plan", f.agencyDraft) + "}"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/plans/" + f.agencyDraft + "/tasks").with(as("canbo.congan")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"content\":\"Chen\",\"lead\":[\"A:" + f.congAnTq + "\"]}"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/plans/" + f.agencyDraft + "/status").param("status", "ISSUED").with(as("canbo.congan"))
                    .with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/api/plans/" + f.agencyDraft + "/copy").with(as("canbo.congan")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2027}")).andExpect(status().isNotFound());
            // nor can she draft a plan in Sở Ngoại vụ's name
            mvc.perform(post("/api/plans").with(as("canbo.congan")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"provinceId\":" + f.tuyenQuang + ",\"ownerAgencyId\":" + f.ngoaiVuTq
                            + ",\"kind\":\"PLAN\",\"title\":\"Giả danh\",\"year\":2026}"))
                    .andExpect(status().isForbidden());
            assertThat(title(f.agencyDraft)).isEqualTo(before);
            assertThat(f.count("task")).isEqualTo(tasksBefore);
            assertThat(f.count("audit_log")).isEqualTo(auditBefore);
        }

        @Test
        void theOwnerCannotHandHerDraftToAnotherAgency() throws Exception {
            mvc.perform(put("/api/plans/" + f.agencyDraft).with(as("canbo.ngoaivu")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"provinceId\":" + f.khanhHoa + ",\"ownerAgencyId\":" + f.congAnTq
                            + ",\"kind\":\"PLAN\",\"title\":\"Dự thảo của Sở Ngoại vụ (sửa)\",\"year\":2026,\"version\":"
                            + AuthorizationMatrixTest.version(f, "plan", f.agencyDraft) + "}"))
                    .andExpect(status().isBadRequest());
            Map<String, Object> row = jdbc.sql("select province_id, owner_agency_id, title from plan where id = ?")
                    .param(f.agencyDraft).query().singleRow();
            assertThat(row.get("title")).isNotEqualTo("Dự thảo của Sở Ngoại vụ (sửa)");
            assertThat(((Number) row.get("province_id")).longValue()).isEqualTo(f.tuyenQuang);
            assertThat(((Number) row.get("owner_agency_id")).longValue()).isEqualTo(f.ngoaiVuTq);
        }
    }

    @Nested
    class ProgressIsReadOnlyByTheAgenciesOnTheTaskAndTheProvincesFollowers {

        @Test
        void anotherAgencySeesTheTaskButNotItsUpdatesCommentsOrEvidence() throws Exception {
            String page = page("/tasks/" + f.issuedTask, "canbo.congan");
            assertThat(page).doesNotContain(Fixtures.UPDATE_NARRATIVE).doesNotContain(Fixtures.COMMENT_BODY)
                    .doesNotContain("/evidence/" + f.evidence);
            mvc.perform(get("/api/tasks/" + f.issuedTask + "/comments").with(as("canbo.congan")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/evidence/" + f.evidence).with(as("canbo.congan"))).andExpect(status().isNotFound());
            String plan = page("/api/dashboard/plan/" + f.issuedPlan, "canbo.congan");
            assertThat(plan).doesNotContain(Fixtures.UPDATE_NARRATIVE);
        }

        @Test
        void theAgencyOnTheTaskAndTheProvincesFollowersSeeThem() throws Exception {
            for (String who : new String[]{"canbo.ngoaivu", "lanhdao.ngoaivu", "dieuphoi", "lanhdao.tinh", "admin"}) {
                String page = page("/tasks/" + f.issuedTask, who);
                assertThat(page).as(who).contains(Fixtures.UPDATE_NARRATIVE).contains(Fixtures.COMMENT_BODY)
                        .contains("/evidence/" + f.evidence);
            }
            byte[] pdf = mvc.perform(get("/evidence/" + f.evidence).with(as("lanhdao.tinh")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(pdf).isEqualTo(Fixtures.PDF);
        }

        @Test
        void anotherProvinceSeesNothingOfTuyenQuang() throws Exception {
            assertThat(page("/api/plans?provinceId=" + f.tuyenQuang, "dieuphoi.khanhhoa")).contains("\"total\":0");
            assertThat(page("/api/tasks?planId=" + f.issuedPlan, "canbo.khanhhoa")).contains("\"total\":0");
            assertThat(page("/api/plans?provinceId=" + f.khanhHoa + "&size=200", "dieuphoi.khanhhoa"))
                    .contains("\"id\":" + f.khanhHoaPlan + ",");
        }
    }

    @Nested
    class BrowserSessionsNeedCsrfApiClientsWithBasicDoNot {

        @Test
        void aLoggedInPostWithoutCsrfTokenIsRefused() throws Exception {
            long comments = f.count("task_comment");
            mvc.perform(post("/tasks/" + f.issuedTask + "/comments").param("body", "không có mã CSRF")
                    .with(as("canbo.ngoaivu"))).andExpect(status().isForbidden());
            mvc.perform(post("/api/tasks/" + f.issuedTask + "/comments").with(as("canbo.ngoaivu"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"không có mã CSRF\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/tasks/" + f.issuedTask + "/comments").param("body", "mã sai")
                    .with(as("canbo.ngoaivu")).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
            assertThat(f.count("task_comment")).isEqualTo(comments);
        }

        @Test
        void anApiClientWithHttpBasicNeedsNoCsrfToken() throws Exception {
            long comments = f.count("task_comment");
            mvc.perform(get("/api/plans/" + f.issuedPlan).with(httpBasic("canbo.ngoaivu", PASSWORD)))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/tasks/" + f.issuedTask + "/comments").with(httpBasic("canbo.ngoaivu", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Gửi từ phần mềm khác\"}"))
                    .andExpect(status().isCreated());
            assertThat(f.count("task_comment")).isEqualTo(comments + 1);
            // Basic credentials do not lift the permission rules
            mvc.perform(post("/api/tasks/" + f.issuedTask + "/comments").with(httpBasic("lanhdao.tinh", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Lãnh đạo\"}"))
                    .andExpect(status().isForbidden());
        }

        @Test
        void basicCredentialsDoNotExemptBrowserPagesFromCsrf() throws Exception {
            mvc.perform(post("/tasks/" + f.issuedTask + "/comments").param("body", "trang")
                    .with(httpBasic("canbo.ngoaivu", PASSWORD))).andExpect(status().isForbidden());
        }

        @Test
        void unknownCredentialsGet401() throws Exception {
            mvc.perform(get("/api/plans").with(httpBasic("khong.co.ai", "MatKhau12345"))).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized());
        }
    }

    @Nested
    class EveryChangeIsAudited {

        @Test
        void theProgressUpdateNamesItsAuthorAndWhatWasSent() {
            Map<String, Object> row = audit("ProgressUpdate", f.update);
            assertThat(row.get("username")).isEqualTo("canbo.ngoaivu");
            assertThat(row.get("action")).isEqualTo("CREATE");
            assertThat(row.get("after_state").toString()).contains(Fixtures.UPDATE_NARRATIVE).contains("bao-cao.pdf");
        }

        @Test
        void aPlanChangeThroughTheApiKeepsBeforeAndAfter() throws Exception {
            long plan = f.freshIssuedPlan();
            String oldTitle = title(plan);
            mvc.perform(put("/api/plans/" + plan).with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"provinceId\":" + f.tuyenQuang + ",\"kind\":\"PLAN\",\"title\":\"Tên mới kiểm toán\","
                            + "\"year\":2026,\"version\":" + AuthorizationMatrixTest.version(f, "plan", plan) + "}"))
                    .andExpect(status().isOk());
            Map<String, Object> row = jdbc.sql("select username, action, before_state::text b, after_state::text a"
                            + " from audit_log where entity_type = 'Plan' and entity_id = ? and action = 'UPDATE'")
                    .param(plan).query().singleRow();
            assertThat(row.get("username")).isEqualTo("dieuphoi");
            assertThat(row.get("b").toString()).contains(oldTitle);
            assertThat(row.get("a").toString()).contains("Tên mới kiểm toán");
        }

        @Test
        void aTaskChangeACommentAndAnArchiveAreAudited() throws Exception {
            long task = f.freshIssuedTask();
            mvc.perform(put("/api/tasks/" + task).with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"content\":\"Nội dung đã sửa\",\"lead\":[\"A:" + f.ngoaiVuTq + "\"],\"version\":"
                            + AuthorizationMatrixTest.version(f, "task", task) + "}"))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/tasks/" + task + "/comments").with(as("lanhdao.ngoaivu")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Đã nhận\"}"))
                    .andExpect(status().isCreated());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/tasks/" + task)
                    .with(as("admin")).with(csrf())).andExpect(status().isNoContent());
            Map<String, Object> update = jdbc.sql("select username, before_state::text b, after_state::text a"
                    + " from audit_log where entity_type = 'Task' and entity_id = ? and action = 'UPDATE'")
                    .param(task).query().singleRow();
            assertThat(update.get("username")).isEqualTo("dieuphoi");
            assertThat(update.get("b").toString()).contains("Tuyên truyền về biển đảo");
            assertThat(update.get("a").toString()).contains("Nội dung đã sửa");
            assertThat(jdbc.sql("select username from audit_log where entity_type = 'TaskComment' and summary like ?")
                    .param("%#" + task).query(String.class).single()).isEqualTo("lanhdao.ngoaivu");
            assertThat(jdbc.sql("select username from audit_log where entity_type = 'Task' and entity_id = ?"
                    + " and action = 'ARCHIVE'").param(task).query(String.class).single()).isEqualTo("admin");
        }
    }

    Map<String, Object> audit(String entity, long id) {
        return jdbc.sql("select username, action, before_state::text before_state, after_state::text after_state"
                + " from audit_log where entity_type = ? and entity_id = ? order by id desc limit 1")
                .param(entity).param(id).query().singleRow();
    }

    String title(long plan) {
        return jdbc.sql("select title from plan where id = ?").param(plan).query(String.class).single();
    }
}
