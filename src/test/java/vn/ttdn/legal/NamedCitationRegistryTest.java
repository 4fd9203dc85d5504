package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ListQuery;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.intake.IntakeSamples;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanKind;
import vn.ttdn.planning.Plans;

/** Documents cited without a number in the graph: one node per law (kind, date, name), laws never merged. */
@TtdnTest
class NamedCitationRegistryTest {

    @Autowired Plans plans;
    @Autowired Directory directory;
    @Autowired LegalRegistry registry;
    @Autowired UserDetailsService users;

    @Test
    void aLawCitedByNameIsOneNodeEverywhereAndTwoLawsOfOneNameStayApart() throws Exception {
        long a = province("NA");
        long b = province("NB");
        plan(a, "Luật Báo chí ngày 05 tháng 4 năm 2016\nLuật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\n"
                + "Chương trình công tác năm 2026 của Tỉnh ủy");
        plan(b, "Căn cứ Luật Báo chí ngày 05/4/2016 của Quốc hội;\n"
                + "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025\n"
                + "Chương trình công tác năm 2026 của Tỉnh ủy");

        List<LegalDocumentSummary> press = waitFor("luat bao chi", 1);
        assertThat(press).singleElement().satisfies(d -> {
            assertThat(d.number()).isNull();
            assertThat(d.kind()).isEqualTo("Luật");
            assertThat(d.subject()).isEqualTo("Luật Báo chí");
            assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2016, 4, 5));
            assertThat(d.provinceName()).isNull();
            assertThat(d.citedByCount()).isEqualTo(2);
        });
        assertThat(waitFor("luat to chuc chinh quyen dia phuong", 2)).extracting(LegalDocumentSummary::issuedOn)
                .containsExactlyInAnyOrder(LocalDate.of(2015, 6, 19), LocalDate.of(2025, 2, 19));
        // A province's programme without a number is that province's: two provinces, two documents.
        assertThat(waitFor("chuong trinh cong tac nam 2026", 2)).extracting(LegalDocumentSummary::provinceName)
                .doesNotContainNull().doesNotHaveDuplicates();
    }

    private List<LegalDocumentSummary> waitFor(String q, int atLeast) throws InterruptedException {
        List<LegalDocumentSummary> found = List.of();
        for (int i = 0; i < 50 && found.size() < atLeast; i++) {
            found = IntakeSamples.as(users, "admin",
                    () -> registry.documents(ListQuery.of(q, null, null, 0, 50)).items());
            if (found.size() < atLeast) {
                Thread.sleep(100);
            }
        }
        return found;
    }

    private long province(String code) {
        long n = System.nanoTime() % 100_000;
        return SystemUser.call(() -> directory.createProvince(code + n, "Tỉnh luật " + code + n));
    }

    private void plan(long province, String legalBasis) {
        PlanForm form = new PlanForm();
        form.setProvinceId(province);
        form.setKind(PlanKind.PLAN);
        form.setTitle("Kế hoạch tuyên truyền pháp luật năm 2026");
        form.setYear(2026);
        form.setLegalBasis(legalBasis);
        SystemUser.call(() -> plans.createPlan(form));
    }
}
