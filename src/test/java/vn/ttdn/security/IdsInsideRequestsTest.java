package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import vn.ttdn.TtdnTest;
import vn.ttdn.identity.SystemUser;

/**
 * Ids named inside a request are checked as the record in the address is: a coordinator cannot move her province's
 * agency (and with it its users) into another province, assign another province's agency, or group it.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdsInsideRequestsTest extends SecurityTestSupport {

    @Test
    void aCoordinatorCannotMoveAnAgencyIntoAnotherProvinceThroughTheApi() throws Exception {
        var agency = SystemUser.call(() -> directory.agency(f.ngoaiVuTq));
        mvc.perform(put("/api/agencies/" + f.ngoaiVuTq).with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinceId\":" + f.khanhHoa + ",\"kind\":\"DEPARTMENT\",\"fullName\":\""
                                + agency.fullName() + "\",\"version\":" + agency.version() + "}"))
                .andExpect(status().isForbidden());
        assertThat(provinceOf(f.ngoaiVuTq)).isEqualTo(f.tuyenQuang);
    }

    @Test
    void aCoordinatorCannotMoveAnAgencyIntoAnotherProvinceThroughTheForm() throws Exception {
        var agency = SystemUser.call(() -> directory.agency(f.congAnTq));
        mvc.perform(post("/agencies/" + f.congAnTq + "/edit").with(as("dieuphoi")).with(csrf())
                        .param("provinceId", "" + f.khanhHoa).param("kind", agency.kind().name())
                        .param("fullName", agency.fullName()).param("version", "" + agency.version()))
                .andExpect(status().isForbidden());
        assertThat(provinceOf(f.congAnTq)).isEqualTo(f.tuyenQuang);
    }

    @Test
    void theAgencysOwnLeaderCannotMoveItEither() throws Exception {
        var agency = SystemUser.call(() -> directory.agency(f.ngoaiVuTq));
        mvc.perform(put("/api/agencies/" + f.ngoaiVuTq).with(as("lanhdao.ngoaivu")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"provinceId\":" + f.khanhHoa + ",\"kind\":\"DEPARTMENT\",\"fullName\":\""
                        + agency.fullName() + "\",\"version\":" + agency.version() + "}"));
        assertThat(provinceOf(f.ngoaiVuTq)).isEqualTo(f.tuyenQuang);
    }

    @Test
    void aTaskCannotBeAssignedToAnotherProvincesAgency() throws Exception {
        long tasksBefore = tasksOf(f.provincialDraft);
        mvc.perform(post("/plans/" + f.provincialDraft + "/tasks/new").with(as("dieuphoi")).with(csrf())
                        .param("ref", "9").param("content", "Nhiệm vụ giao sang tỉnh khác")
                        .param("lead", "A:" + f.ngoaiVuKh).param("timeframeKind", "CONTINUOUS"))
                .andExpect(status().isOk()); // the form again, with the message beside the field
        mvc.perform(post("/plans/" + f.provincialDraft + "/tasks/new").with(as("dieuphoi")).with(csrf())
                .param("ref", "9").param("content", "Nhiệm vụ phối hợp với tỉnh khác")
                .param("lead", "A:" + f.ngoaiVuTq).param("coordinating", "A:" + f.ngoaiVuKh)
                .param("timeframeKind", "CONTINUOUS")).andExpect(status().isOk());
        assertThat(tasksOf(f.provincialDraft)).isEqualTo(tasksBefore);
    }

    @Test
    void aCoordinatorCannotCreateAPlanForAnotherProvince() throws Exception {
        long plansBefore = jdbc.sql("select count(*) from plan").query(Long.class).single();
        mvc.perform(post("/plans/new").with(as("dieuphoi")).with(csrf()).param("provinceId", "" + f.khanhHoa)
                .param("kind", "PLAN").param("year", "2026").param("title", "Kế hoạch của tỉnh khác"));
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plansBefore);
    }

    @Test
    void aGroupCannotTakeMembersFromAnotherProvince() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vn.ttdn.identity.SystemUser.run(() ->
                        directory.createGroup(f.tuyenQuang, "Nhóm thử " + System.nanoTime(),
                                java.util.Set.of(), java.util.List.of(f.ngoaiVuKh), java.util.List.of())))
                .hasMessageContaining("cùng tỉnh");
    }

    private long provinceOf(long agency) {
        return jdbc.sql("select province_id from agency where id = ?").param(agency).query(Long.class).single();
    }

    private long tasksOf(long plan) {
        return jdbc.sql("select count(*) from task where plan_id = ?").param(plan).query(Long.class).single();
    }
}
