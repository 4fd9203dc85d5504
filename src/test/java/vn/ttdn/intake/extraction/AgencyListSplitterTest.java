package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyListSplitterTest {

    @Test
    void multiWordNamesStayWhole() {
        assertThat(AgencyListSplitter.split("Sở Văn hóa, Thể thao và Du lịch, Sở Kế hoạch và Đầu tư, Sở Công Thương"))
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư", "Sở Công Thương");
    }

    @Test
    void groupsStayAsPrinted() {
        assertThat(AgencyListSplitter.split("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, các cơ quan báo chí"))
                .containsExactly("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "các cơ quan báo chí");
        assertThat(AgencyListSplitter.split("Các Sở, Ban, Ngành; UBND các huyện, thành phố"))
                .containsExactly("Các Sở, Ban, Ngành", "UBND các huyện, thành phố");
    }

    @Test
    void vaSplitsOnlyBeforeAnotherAgency() {
        assertThat(AgencyListSplitter.split("Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông và các cơ quan có liên quan."))
                .containsExactly("Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông", "các cơ quan có liên quan");
        assertThat(AgencyListSplitter.split("Đài Phát thanh và Truyền hình tỉnh"))
                .containsExactly("Đài Phát thanh và Truyền hình tỉnh");
    }

    @Test
    void subjectEndsAtTheVerb() {
        assertThat(AgencySubject.leading("Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí"))
                .containsExactly("Sở Tài chính");
        assertThat(AgencySubject.leading("Các sở, ban, ngành, các tổ chức chính trị - xã hội căn cứ tình hình"))
                .containsExactly("Các sở, ban, ngành", "các tổ chức chính trị - xã hội");
        assertThat(AgencySubject.leading("Tổ chức tập huấn cho cán bộ")).isEmpty();
        assertThat(AgencySubject.beforeColon("Sở Nội vụ: Chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu"))
                .satisfies(f -> assertThat(f.agencies()).containsExactly("Sở Nội vụ"));
        assertThat(AgencySubject.coordinatingOfLead("Chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu"))
                .containsExactly("Sở Thông tin và Truyền thông");
    }
}
