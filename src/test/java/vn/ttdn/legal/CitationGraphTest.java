package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ListQuery;
import vn.ttdn.intake.IntakeSamples;

/** The citation graph built from the demo plans: Kết luận 57-KL/TW ← Chương trình 66-CTr/TU ← Kế hoạch 13980/KH-UBND. */
@TtdnTest
class CitationGraphTest {

    @Autowired LegalRegistry registry;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @Test
    void aCentralConclusionListsThePlansOfSeveralProvincesCitingIt() throws Exception {
        LegalDocumentView conclusion = IntakeSamples.as(users, "admin", () -> registry.document(find("57-KL/TW")));
        List<String> provinces = conclusion.implementingProvinces();
        assertThat(provinces.size()).isGreaterThanOrEqualTo(2);
        assertThat(conclusion.citedBy()).extracting(LegalDocumentView.Link::number).contains("13980/KH-UBND",
                "66-CTr/TU", "186/KH-UBND");
        assertThat(conclusion.citedBy().stream().flatMap(l -> l.plans().stream())
                .map(LegalDocumentView.PlanRef::provinceName).distinct().count()).isGreaterThanOrEqualTo(2);
        String page = mvc.perform(get("/documents/{id}", conclusion.id()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("13980/KH-UBND", "66-CTr/TU", "implementing-provinces");
    }

    @Test
    void theProvincialProgrammeSitsBetweenTheConclusionAndThePlan() throws Exception {
        LegalDocumentView programme = IntakeSamples.as(users, "admin", () -> registry.document(find("66-CTr/TU")));
        assertThat(programme.citedBy()).extracting(LegalDocumentView.Link::number).containsExactly("13980/KH-UBND");
        assertThat(programme.provinceName()).isEqualTo("Khánh Hòa");
        LegalDocumentView plan = IntakeSamples.as(users, "admin",
                () -> registry.document(programme.citedBy().get(0).documentId()));
        assertThat(plan.plans()).hasSize(1);
        assertThat(plan.cites()).extracting(LegalDocumentView.Link::number).contains("66-CTr/TU", "57-KL/TW");
        mvc.perform(get("/api/documents/{id}", programme.id()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.citedBy[0].number").value("13980/KH-UBND"))
                .andExpect(jsonPath("$.citedBy[0].plans[0].planId").isNumber());
    }

    @Test
    void theListIsSearchableWithOrWithoutDiacritics() throws Exception {
        String page = mvc.perform(get("/documents").param("q", "ket luan")
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("57-KL/TW").doesNotContain("72/2015/NĐ-CP");
    }

    private long find(String number) {
        return registry.documents(ListQuery.of(number, null, null, 0, 50)).items().stream()
                .filter(d -> number.equals(d.number())).findFirst().orElseThrow().id();
    }
}
