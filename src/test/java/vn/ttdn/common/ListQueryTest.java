package vn.ttdn.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListQueryTest {

    @Test
    void aPageFromRequestParametersIsAtMostTwoHundredRows() {
        assertThat(ListQuery.of(null, null, null, null, 10_000).size()).isEqualTo(ListQuery.MAX_PAGE_SIZE);
        assertThat(ListQuery.of(null, null, null, -3, null).page()).isZero();
    }

    @Test
    void searchTextIsFoldedSoWildcardsCannotReachTheQuery() {
        assertThat(ListQuery.of("Đối_ngoại 100%", null, null, 0, 10).likePattern()).isEqualTo("%doi ngoai 100%");
    }

    @Test
    void anExportKeepsFilterAndSortButTakesEveryRow() {
        ListQuery export = ListQuery.of("x", "due", "desc", 4, 10).forExport();
        assertThat(export.page()).isZero();
        assertThat(export.size()).isEqualTo(ListQuery.EXPORT_SIZE);
        assertThat(export.sort()).isEqualTo("due");
        assertThat(export.descending()).isTrue();
    }
}
