package vn.ttdn.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.database.StoredBytes;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.intake.IntakeReview;
import vn.ttdn.intake.IntakeSamples;
import vn.ttdn.intake.PlanIntake;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.PlanView;
import vn.ttdn.planning.Plans;

/** Plan intake through its pages and API, as the coordinating department of Tuyên Quang uses it. */
@TtdnTest
class IntakeWebTest {

    private static final String UNKNOWN = "Hiệp hội Doanh nghiệp nhỏ và vừa";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanIntake intake;
    @Autowired Plans plans;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTextSeedBecomesADraftShownBesideItsSource() throws Exception {
        long id = upload("ke-hoach.txt", IntakeSamples.seedText(IntakeSamples.SEED_002).getBytes(StandardCharsets.UTF_8));
        String page = page(id);
        assertThat(page).contains("Nhiệm vụ (22)", "id=\"L1\"", "id=\"source\"", "Trung tâm Xúc tiến đầu tư",
                "href=\"#L", "data-from=");
    }

    @Test
    void aWordDocumentOfTheSameTextReadsTheSame() throws Exception {
        long id = upload("ke-hoach.docx", IntakeSamples.docx(IntakeSamples.seedText(IntakeSamples.SEED_002)));
        assertThat(page(id)).contains("Nhiệm vụ (22)", "Đọc dạng DOCX");
        assertThat(IntakeSamples.as(users, "dieuphoi", () -> intake.review(id)).plan().tasks()).hasSize(22);
    }

    @Test
    void anUnknownAgencyIsMarkedAndOnceMappedIsKnownNextTime() throws Exception {
        byte[] text = IntakeSamples.seedText(IntakeSamples.SEED_002)
                .replace("Cơ quan chủ trì: Trung tâm Xúc tiến đầu tư", "Cơ quan chủ trì: " + UNKNOWN)
                .getBytes(StandardCharsets.UTF_8);
        long first = upload("ke-hoach-sua.txt", text);
        assertThat(page(first)).contains("name-none", "unresolved-name", UNKNOWN);
        IntakeReview before = IntakeSamples.as(users, "dieuphoi", () -> intake.review(first));
        assertThat(before.match(UNKNOWN).resolved()).isFalse();
        long province = before.provinceId();
        AgencyView trade = directory.agencies(province, true).stream()
                .filter(a -> a.fullName().startsWith("Sở Công Thương")).findFirst().orElseThrow();
        mvc.perform(post("/intake/{id}/names", first).param("printed", UNKNOWN).param("target", "A:" + trade.id())
                        .with(as("dieuphoi")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.agency(trade.id()).aliases()).contains(UNKNOWN);
        long second = upload("ke-hoach-sua-lan-2.txt", text);
        IntakeReview after = IntakeSamples.as(users, "dieuphoi", () -> intake.review(second));
        assertThat(after.match(UNKNOWN).agencyId()).isEqualTo(trade.id());
        assertThat(after.match(UNKNOWN).exact()).isTrue();
    }

    @Test
    void confirmingCreatesTheDraftPlanWithItsTasksAndKeepsTheOriginal() throws Exception {
        long id = upload("ke-hoach.txt", IntakeSamples.seedText(IntakeSamples.SEED_002).getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/intake/{id}/header", id).with(as("dieuphoi")).with(csrf())
                        .param("kind", "PLAN").param("number", "99 /KH-UBND").param("title", "Kế hoạch TTĐN sửa tên")
                        .param("year", "2025").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String location = mvc.perform(post("/intake/{id}/confirm", id).with(as("dieuphoi")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long planId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        PlanView plan = IntakeSamples.as(users, "dieuphoi", () -> plans.plan(planId));
        assertThat(plan.taskCount()).isEqualTo(22);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.number()).isEqualTo("99/KH-UBND");
        assertThat(plan.title()).isEqualTo("Kế hoạch TTĐN sửa tên");
        assertThat(mvc.perform(get("/plans/{id}", planId).with(as("dieuphoi"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("hx-get=\"/intake/plan-card/" + planId);
        assertThat(mvc.perform(get("/intake/plan-card/{id}", planId).with(as("dieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("/intake/document-of-plan/" + planId, "ke-hoach.txt");
        assertThat(mvc.perform(get("/intake/document-of-plan/{id}", planId).with(as("dieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(IntakeSamples.seedText(IntakeSamples.SEED_002).getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/intake/{id}/confirm", id).with(as("dieuphoi")).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void unreadableUploadsAreExplainedInVietnameseAndNothingIsStored() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from intake_document", Integer.class);
        byte[] corrupt = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
        refused("hong.docx", corrupt, "không");
        refused("bom.docx", zipBomb(), "bom nén");
        refused("lon.txt", new byte[20 * 1024 * 1024 + 1], "quá lớn"); // the intake limit, TTDN_INTAKE_MAX_MB
        refused("scan.pdf", blankPdf(), "bản quét");
        assertThat(jdbc.queryForObject("select count(*) from intake_document", Integer.class)).isEqualTo(before);
    }

    @Test
    void markupAndNamesThatLieAreRefusedOnThePageAndThroughTheApiAndNoDraftIsStored() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from intake_document", Integer.class);
        byte[] html = ("<!DOCTYPE html><html><body><h1>KẾ HOẠCH</h1><script>fetch('/api/users')</script></body>"
                + "</html>").getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8);
        String markup = "là trang web hoặc mã HTML, SVG, XML — không phải văn bản kế hoạch.";
        for (String name : new String[] {"ke-hoach.pdf", "ke-hoach.txt", "ke-hoach.docx"}) {
            refused(name, html, "Tệp &quot;" + name + "&quot; " + markup);
            refused(name, svg, "Tệp &quot;" + name + "&quot; " + markup);
            mvc.perform(multipart("/api/intake").file(file(name, html)).with(as("dieuphoi")).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                            "Tệp \"" + name + "\" " + markup)));
        }
        byte[] text = IntakeSamples.seedText(IntakeSamples.SEED_002).getBytes(StandardCharsets.UTF_8);
        refused("ke-hoach.pdf", text, "mang đuôi .pdf nhưng nội dung là văn bản thuần (TXT)");
        refused("ke-hoach.docx", blankPdf(), "mang đuôi .docx nhưng nội dung là PDF");
        refused("ke-hoach.pdf", IntakeSamples.docx("KẾ HOẠCH"), "mang đuôi .pdf nhưng nội dung là DOCX");
        mvc.perform(multipart("/api/intake").file(file("ke-hoach.pdf", text)).with(as("dieuphoi")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tên và nội dung tệp")));
        assertThat(jdbc.queryForObject("select count(*) from intake_document", Integer.class)).isEqualTo(before);
    }

    @Test
    void othersCannotSeeOrMakeADraft() throws Exception {
        long id = upload("ke-hoach.txt", IntakeSamples.seedText(IntakeSamples.SEED_002).getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/intake/{id}", id).with(as("canbo.ngoaivu"))).andExpect(status().isNotFound());
        mvc.perform(get("/intake/{id}", id).with(as("dieuphoi.khanhhoa"))).andExpect(status().isNotFound());
        mvc.perform(get("/intake/{id}/file", id).with(as("dieuphoi.khanhhoa"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/intake").file(file("a.txt", "KẾ HOẠCH".getBytes(StandardCharsets.UTF_8)))
                .with(as("canbo.ngoaivu")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/intake/{id}", id).with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void theApiReturnsTheDraftWithResolutionAndConfirmsIt() throws Exception {
        byte[] text = IntakeSamples.seedText(IntakeSamples.SEED_002).getBytes(StandardCharsets.UTF_8);
        String body = mvc.perform(multipart("/api/intake").file(file("api.txt", text)).with(as("dieuphoi")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parsed.tasks.length()").value(22))
                .andExpect(jsonPath("$.names[0].printed").isNotEmpty())
                .andExpect(jsonPath("$.parsed.tasks[0].lineFrom").isNumber())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceFirst("(?s)^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/intake/{id}/confirm", id).with(as("dieuphoi")).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.planId").isNumber());
        mvc.perform(multipart("/api/intake").file(file("x.pdf", blankPdf())).with(as("dieuphoi")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("bản quét")));
    }

    @Test
    void theDocumentComesBackWholeWithItsLengthTypeAndNameToItsCoordinatorOnly() throws Exception {
        String annex = "Phụ lục: số liệu tuyên truyền đối ngoại theo từng tháng.\n".repeat(10_000);
        byte[] text = (IntakeSamples.seedText(IntakeSamples.SEED_002) + "\n" + annex).getBytes(StandardCharsets.UTF_8);
        assertThat(text.length).isGreaterThan(2 * StoredBytes.SLICE_BYTES); // read back in three slices
        long id = upload("Kế hoạch số 1.txt", text);
        MockHttpServletResponse response = mvc.perform(get("/intake/{id}/file", id).with(as("dieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(text);
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(text.length));
        assertThat(response.getHeader("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"Ke hoach so 1.txt\";"
                + " filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20s%E1%BB%91%201.txt");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        mvc.perform(get("/intake/{id}/file", id).with(as("dieuphoi.khanhhoa"))).andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition")).isNull());
    }

    private void refused(String name, byte[] bytes, String message) throws Exception {
        mvc.perform(multipart("/intake").file(file(name, bytes)).with(as("dieuphoi")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(message)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("upload-error")));
    }

    private long upload(String name, byte[] bytes) throws Exception {
        String location = mvc.perform(multipart("/intake").file(file(name, bytes)).with(as("dieuphoi")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String page(long id) throws Exception {
        return mvc.perform(get("/intake/{id}", id).with(as("dieuphoi"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A PDF whose page is an image in real life: no text layer at all. */
    private static byte[] blankPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
