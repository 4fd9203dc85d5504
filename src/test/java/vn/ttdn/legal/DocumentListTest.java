package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ListQuery;
import vn.ttdn.intake.IntakeSamples;
import vn.ttdn.planning.PlanSummary;
import vn.ttdn.planning.Plans;

/** The documents list and page as a new user read them: one count, whole summaries, the right province. */
@TtdnTest
class DocumentListTest {

    @Autowired LegalRegistry registry;
    @Autowired Plans plans;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @Test
    void theListAndThePageCountTheCitingDocumentsAlike() {
        for (String username : new String[]{"admin", "dieuphoi", "canbo.khanhhoa"}) {
            IntakeSamples.as(users, username, () -> {
                LegalDocumentSummary row = registry.documents(ListQuery.of("57-KL/TW", null, null, 0, 50)).items()
                        .stream().filter(d -> "57-KL/TW".equals(d.number())).findFirst().orElseThrow();
                assertThat(row.citedByCount()).as(username)
                        .isEqualTo(registry.document(row.id()).citedBy().size());
                return null;
            });
        }
    }

    @Test
    void summariesNeverStartMidPhraseNorEndOnALeadIn() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/documents").param("size", "100")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).doesNotContain(">, ban", ">, đơn vị", ">thực hiện<", ">Triển khai thực hiện<",
                ">triển khai thực hiện<", "sau khi Thủ tướng", ">) ");
    }

    @Test
    void aProvincesPlanWithoutANumberIsThatProvincesDocument() {
        IntakeSamples.as(users, "admin", () -> {
            long tq = plans.plans(null, null, null, ListQuery.of(null, null, null, 0, 100)).items().stream()
                    .filter(p -> !p.sample() && "Tuyên Quang".equals(p.provinceName()) && p.number() == null)
                    .map(PlanSummary::id).findFirst().orElseThrow();
            long node = registry.documentOfPlan(tq).orElseThrow();
            assertThat(registry.document(node).provinceName()).isEqualTo("Tuyên Quang");
            return null;
        });
    }
}
