package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ttdn.planning.Timeframe;

/** The four real plans, read end to end, against what a person reading them writes down. */
class SeedGoldenTest {

    private final PlanExtractor extractor = new PlanExtractor();

    private ParsedPlan parse(SeedExpectations.Seed seed) throws Exception {
        byte[] bytes = SeedExpectations.text(seed.file()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return extractor.extract(new PlanDocumentReader().read(seed.file(), bytes).text());
    }

    @Test
    void headersAndLegalBasis() throws Exception {
        for (SeedExpectations.Seed seed : SeedExpectations.ALL) {
            ParsedPlan p = parse(seed);
            assertThat(p.documentType()).as(seed.file()).isEqualTo(seed.documentType());
            assertThat(p.number()).as(seed.file()).isEqualTo(seed.number());
            assertThat(p.issuedOn()).as(seed.file()).isEqualTo(seed.issuedOn());
            assertThat(p.place()).as(seed.file()).isEqualTo(seed.place());
            assertThat(p.issuer()).as(seed.file()).isEqualTo(seed.issuer());
            assertThat(p.title()).as(seed.file()).startsWith(seed.titleStart());
            assertThat(p.year()).as(seed.file()).isEqualTo(seed.year());
            assertThat(p.legalBasis()).as(seed.file()).extracting(ParsedCitation::number)
                    .containsExactlyElementsOf(seed.legalBasis());
            assertThat(p.citations()).as(seed.file()).extracting(ParsedCitation::number)
                    .containsExactlyElementsOf(seed.citations());
            assertThat(p.tasks()).as(seed.file()).hasSameSizeAs(seed.tasks());
        }
    }

    @Test
    void seed001DutiesPerAgencyAndBulletsWithoutLead() throws Exception {
        ParsedPlan p = parse(SeedExpectations.S001);
        assertThat(p.sections()).extracting(ParsedSection::ref)
                .containsExactly("I", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "III", "III.1", "III.2", "III.3",
                        "III.4", "III.5", "III.6");
        ParsedTask first = p.tasks().get(0);
        assertThat(first.sectionRef()).isEqualTo("II.1");
        assertThat(first.lead()).isEmpty();
        ParsedTask broken = p.tasks().get(1);
        assertThat(broken.content()).contains("Chương trình truyền thông về biển và đại dương đến năm 2030")
                .doesNotContain("Chữ ký");
        ParsedTask finance = p.tasks().get(25);
        assertThat(finance.lead()).containsExactly("Sở Kế hoạch và Đầu tư", "Sở Tài chính");
        assertThat(finance.sectionRef()).isEqualTo("III.4");
        assertThat(p.reportingDeadlines()).containsExactly(new ReportingDeadline("ANNUAL", "30/11",
                "trước ngày 30/11/2024 để tổng hợp báo cáo UBND tỉnh"));
        assertThat(p.signer()).isEqualTo(new ParsedSigner("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hồ An Phong"));
        assertThat(p.recipients()).hasSize(8).startsWith("Bộ TT&TT", "CT, các PCT UBND tỉnh")
                .endsWith("Lưu: VT, TH, NCVX");
        assertThat(p.budget()).isNull();
    }

    @Test
    void seed002LabelledFieldsInAnyOrder() throws Exception {
        ParsedPlan p = parse(SeedExpectations.S002);
        ParsedTask four = task(p, "4");
        assertThat(four.lead()).containsExactly("Sở Thông tin và Truyền thông");
        assertThat(four.coordinating()).hasSize(7).contains("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(four.timeframe().kind()).isEqualTo(Timeframe.Kind.CONTINUOUS);
        ParsedTask inline = task(p, "2.3.2");
        assertThat(inline.coordinating()).contains("Sở Thông tin và Truyền thông");
        assertThat(inline.timeframe()).isEqualTo(new Timeframe(Timeframe.Kind.CONTINUOUS, "Thường xuyên", null, null));
        ParsedTask year = task(p, "7.3");
        assertThat(year.timeframe()).isEqualTo(new Timeframe(Timeframe.Kind.WITHIN_YEAR, "Trong năm 2025",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(year.sectionRef()).isEqualTo("II.7.3");
        assertThat(p.reportingDeadlines()).extracting(ReportingDeadline::period, ReportingDeadline::dayMonth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SIX_MONTHS", "15/05"),
                        org.assertj.core.groups.Tuple.tuple("ANNUAL", "15/11"));
        assertThat(p.budget()).startsWith("1. Kinh phí thực hiện công tác thông tin đối ngoại được cân đối")
                .contains("2. Trường hợp phát sinh vượt dự toán");
        assertThat(p.signer()).isEqualTo(new ParsedSigner("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Hoàng Việt Phương"));
        assertThat(p.recipients()).contains("UB MTTQ và các tổ chức CT - XH tỉnh").endsWith("Lưu: VT, THCBKS (T)");
    }

    @Test
    void seed003NewsArticleWithAgencyParagraphs() throws Exception {
        ParsedPlan p = parse(SeedExpectations.S003);
        assertThat(p.tasks()).extracting(t -> t.lead().get(0)).startsWith("Văn phòng UBND tỉnh",
                "Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch");
        ParsedTask planning = p.tasks().get(3);
        assertThat(planning.content()).contains("Chủ động làm việc hoặc tham mưu UBND tỉnh"); // continuation paragraphs
        assertThat(p.citations()).noneMatch(c -> c.number().equals("186/KH-UBND"));
        assertThat(p.signer()).isNull();
        assertThat(p.recipients()).isEmpty();
        assertThat(p.tasks()).allSatisfy(t -> assertThat(t.content()).doesNotContain("Tin mới", "Viết bởi"));
    }

    @Test
    void seed004TableWithARowBrokenAcrossPages() throws Exception {
        ParsedPlan p = parse(SeedExpectations.S004);
        ParsedTask broken = task(p, "4.1");
        assertThat(broken.content()).endsWith("vai trò lãnh đạo của Đảng").contains("có hiệu quả những\nthông tin");
        assertThat(broken.lineTo()).isGreaterThan(broken.lineFrom());
        assertThat(broken.sectionRef()).isEqualTo("III.4");
        assertThat(task(p, "3.2").lead()).containsExactly("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố",
                "các cơ quan báo chí của tỉnh");
        assertThat(p.legalBasis().get(0)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo("Chương trình hành động");
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 10, 9));
            assertThat(c.issuer()).isEqualTo("Tỉnh ủy");
        });
        assertThat(p.reportingDeadlines()).containsExactly(
                new ReportingDeadline("ANNUAL", "15/12", "trước ngày 15/12 hàng năm"));
        assertThat(p.budget()).startsWith("Căn cứ nhiệm vụ được giao tại Kế hoạch này");
        assertThat(p.signer().name()).isEqualTo("Đình Văn Thiệu");
    }

    @Test
    void everyItemKeepsItsLines() throws Exception {
        for (SeedExpectations.Seed seed : SeedExpectations.ALL) {
            ParsedPlan p = parse(seed);
            int lines = SeedExpectations.text(seed.file()).split("\n").length;
            assertThat(p.tasks()).allSatisfy(t -> assertThat(t.lineFrom()).isBetween(1, t.lineTo()));
            assertThat(p.sections()).allSatisfy(s -> assertThat(s.lineTo()).isGreaterThanOrEqualTo(s.lineFrom()));
            assertThat(p.citations()).allSatisfy(c -> assertThat(c.lineFrom()).isBetween(1, lines));
        }
    }

    /** Prints the accuracy table (for the README) and guards against regressions. */
    @Test
    void accuracyOnTheSeeds() throws Exception {
        Map<String, Map<String, SeedAccuracy.Score>> bySeed = new LinkedHashMap<>();
        for (SeedExpectations.Seed seed : SeedExpectations.ALL) {
            bySeed.put(seed.file(), SeedAccuracy.score(seed, parse(seed)));
        }
        System.out.println(SeedAccuracy.table(bySeed));
        for (String field : List.of("header", "legal basis", "citations", "tasks found", "lead", "coordinating",
                "timeframe")) {
            SeedAccuracy.Score total = bySeed.values().stream().map(m -> m.get(field))
                    .reduce(new SeedAccuracy.Score(0, 0), SeedAccuracy.Score::plus);
            assertThat(total.ratio()).as(field).isGreaterThanOrEqualTo(0.9);
        }
    }

    private static ParsedTask task(ParsedPlan p, String ref) {
        return p.tasks().stream().filter(t -> ref.equals(t.ref())).findFirst().orElseThrow();
    }
}
