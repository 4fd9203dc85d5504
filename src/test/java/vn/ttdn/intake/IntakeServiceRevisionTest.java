package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A revised version of a plan the province already has: the review shows what changed. */
@TtdnTest
class IntakeServiceRevisionTest {

    @Autowired PlanIntake intake;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @Test
    void aRevisedSeedShowsTheRemovedAndTheEditedTask() throws Exception {
        String seed = IntakeSamples.seedText(IntakeSamples.SEED_002);
        String revised = IntakeSamples.revised(seed, "7.4", "7.2", " và tiếng Trung Quốc");
        IntakeReview review = IntakeSamples.as(users, "dieuphoi", () -> {
            try {
                long id = intake.upload(province(), "ke-hoach-sua-doi.txt", revised.getBytes(StandardCharsets.UTF_8));
                return intake.review(id);
            } catch (DocumentReadException e) {
                throw new AssertionError(e);
            }
        });
        RevisionDiff diff = review.revision();
        assertThat(diff).isNotNull();
        assertThat(review.plan().tasks()).hasSize(21);
        assertThat(diff.removed()).extracting(RevisionDiff.TaskChange::ref).containsExactly("7.4");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.changed()).extracting(RevisionDiff.TaskChange::ref).containsExactly("7.2");
        assertThat(diff.changed().get(0).fields()).contains("content");
        assertThat(diff.changed().get(0).after().content()).contains("tiếng Trung Quốc");
        assertThat(diff.unchanged()).isEqualTo(20);
        String page = mvc.perform(get("/intake/{id}", review.id()).with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"revision-removed\"", "id=\"revision-changed\"", "Bỏ 1", "Sửa 1",
                "tạo bản sửa đổi");
    }

    @Test
    void theSameDocumentAgainChangesNothing() {
        IntakeReview review = IntakeSamples.as(users, "dieuphoi", () -> {
            try {
                byte[] seed = IntakeSamples.seedText(IntakeSamples.SEED_002).getBytes(StandardCharsets.UTF_8);
                return intake.review(intake.upload(province(), "lai.txt", seed));
            } catch (DocumentReadException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(review.revision()).isNotNull();
        assertThat(review.revision().hasChanges()).isFalse();
    }

    private long province() {
        return IntakeSamples.as(users, "dieuphoi", () -> vn.ttdn.identity.CurrentUser.get().provinceId());
    }
}
