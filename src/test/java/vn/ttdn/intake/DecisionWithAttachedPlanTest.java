package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ttdn.intake.extraction.TextNormalizer;

/**
 * A decision that promulgates a plan, with the plan attached (issue 9): the decision's header and "Căn cứ" lines
 * are the legal basis, the attached plan's sections and tasks are the tasks, and both numbers are kept.
 */
class DecisionWithAttachedPlanTest {

    static final String DECISION = String.join("\n",
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH KIÊN GIANG\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 2468/QĐ-UBND\tKiên Giang, ngày 14 tháng 10 năm 2022",
            "QUYẾT ĐỊNH",
            "Về việc ban hành Kế hoạch thông tin đối ngoại tỉnh Kiên Giang năm 2023",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
            "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;",
            "Căn cứ Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ;",
            "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại tỉnh Kiên Giang năm 2023.",
            "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT.",
            "CHỦ TỊCH",
            "Lâm Minh Thành",
            "",
            "KẾ HOẠCH",
            "Thông tin đối ngoại tỉnh Kiên Giang năm 2023",
            "(Ban hành kèm theo Quyết định số 2468/QĐ-UBND ngày 14/10/2022 của Chủ tịch UBND tỉnh Kiên Giang)",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Quảng bá hình ảnh đảo Phú Quốc tới bạn bè quốc tế.",
            "II. NHIỆM VỤ",
            "1. Tổ chức đón tiếp phóng viên nước ngoài.",
            "Cơ quan chủ trì: Sở Ngoại vụ",
            "Cơ quan phối hợp: Sở Văn hóa và Thể thao",
            "Thời gian thực hiện: Quý II/2023",
            "2. Cung cấp thông tin cho báo chí quốc tế.",
            "Cơ quan chủ trì: Sở Thông tin và Truyền thông",
            "Thời gian thực hiện: Thường xuyên",
            "");

    private final ParsedPlan plan = new PlanExtractor().extract(TextNormalizer.normalize(DECISION));

    @Test
    void thePlanIsTheDocumentAndTheDecisionIsKept() {
        assertThat(plan.documentType()).isEqualTo("Kế hoạch");
        assertThat(plan.title()).isEqualTo("Thông tin đối ngoại tỉnh Kiên Giang năm 2023");
        assertThat(plan.year()).isEqualTo(2023);
        assertThat(plan.number()).isEqualTo("2468/QĐ-UBND");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2022, 10, 14));
        assertThat(plan.place()).isEqualTo("Kiên Giang");
        assertThat(plan.enactedBy()).isNotNull();
        assertThat(plan.enactedBy().kind()).isEqualTo("Quyết định");
        assertThat(plan.enactedBy().number()).isEqualTo("2468/QĐ-UBND");
        assertThat(plan.enactedBy().date()).isEqualTo(LocalDate.of(2022, 10, 14));
        assertThat(plan.enactedBy().title())
                .isEqualTo("Về việc ban hành Kế hoạch thông tin đối ngoại tỉnh Kiên Giang năm 2023");
    }

    @Test
    void theDecisionsPreambleIsTheLegalBasisAndItsOwnNumberIsNoCitation() {
        assertThat(plan.legalBasis()).extracting(ParsedCitation::number)
                .containsExactly("72/2015/NĐ-CP", "1191/QĐ-TTg");
        assertThat(plan.citations()).extracting(ParsedCitation::number).doesNotContain("2468/QĐ-UBND");
    }

    @Test
    void theAttachedPlansSectionsAndTasksAreTheTasks() {
        assertThat(plan.sections()).extracting(ParsedSection::ref).containsExactly("I", "II");
        List<ParsedTask> tasks = plan.tasks();
        assertThat(tasks).extracting(ParsedTask::content).noneMatch(c -> c.contains("Quyết định này"));
        ParsedTask reporters = tasks.stream().filter(t -> t.content().startsWith("Tổ chức đón tiếp")).findFirst()
                .orElseThrow();
        assertThat(reporters.lead()).containsExactly("Sở Ngoại vụ");
        assertThat(reporters.coordinating()).containsExactly("Sở Văn hóa và Thể thao");
        assertThat(tasks).anySatisfy(t -> assertThat(t.lead()).containsExactly("Sở Thông tin và Truyền thông"));
    }

    @Test
    void parsePlanJsonKeepsItsKeysAndAddsEnactedBy() {
        Map<String, Object> json = ParsePlanCommand.toJson(plan);
        assertThat(json).containsKeys("documentType", "number", "issuedOn", "place", "issuer", "title", "legalBasis",
                "citations", "sections", "tasks", "reportingDeadlines", "signer", "recipients", "enactedBy");
        assertThat(json.get("number")).isEqualTo("2468/QĐ-UBND");
        @SuppressWarnings("unchecked")
        Map<String, Object> by = (Map<String, Object>) json.get("enactedBy");
        assertThat(by).containsEntry("kind", "Quyết định").containsEntry("number", "2468/QĐ-UBND")
                .containsEntry("date", LocalDate.of(2022, 10, 14));
    }

    @Test
    void aPlanOrADecisionWithoutAttachmentHasNoEnactedBy() {
        String decisionOnly = String.join("\n", "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TỈNH KIÊN GIANG\tĐộc lập - Tự do - Hạnh phúc",
                "Số: 100/QĐ-UBND\tKiên Giang, ngày 14 tháng 1 năm 2022", "QUYẾT ĐỊNH",
                "Về việc thành lập Tổ công tác thông tin đối ngoại", "QUYẾT ĐỊNH:", "Điều 1. Thành lập Tổ công tác.");
        ParsedPlan p = new PlanExtractor().extract(TextNormalizer.normalize(decisionOnly));
        assertThat(p.documentType()).isEqualTo("Quyết định");
        assertThat(p.enactedBy()).isNull();
        assertThat(ParsePlanCommand.toJson(p)).containsEntry("enactedBy", null);
    }

    @Test
    void anAttachedPlanUploadedWithoutItsDecisionTakesTheDecisionsNumberAndDate() {
        String plan = DECISION.substring(DECISION.indexOf("KẾ HOẠCH\n"));
        ParsedPlan p = new PlanExtractor().extract(TextNormalizer.normalize(plan));
        assertThat(p.documentType()).isEqualTo("Kế hoạch");
        assertThat(p.title()).isEqualTo("Thông tin đối ngoại tỉnh Kiên Giang năm 2023");
        assertThat(p.number()).isEqualTo("2468/QĐ-UBND");
        assertThat(p.issuedOn()).isEqualTo(LocalDate.of(2022, 10, 14));
        assertThat(p.enactedBy().number()).isEqualTo("2468/QĐ-UBND");
        assertThat(p.tasks()).hasSize(this.plan.tasks().size());
    }
}
