package vn.ttdn.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The filters' option lists, built once as markup and marked per request. */
class FilterOptionsTest {

    private final String markup = FilterOptions.markup(List.of(
            new FilterOptions.Option(7, "Sở <script>alert(1)</script>"),
            new FilterOptions.Option(17, "Ban \"Dân tộc\" & Tôn giáo")));

    @Test
    void namesAreEscapedAsThTextWould() {
        assertThat(markup).doesNotContain("<script>")
                .contains("<option value=\"7\">Sở &lt;script&gt;alert(1)&lt;/script&gt;</option>")
                .contains("<option value=\"17\">Ban &quot;Dân tộc&quot; &amp; Tôn giáo</option>");
    }

    @Test
    void onlyTheChosenOptionIsSelected() {
        String chosen = FilterOptions.select(markup, 7L);

        assertThat(chosen).contains("<option value=\"7\" selected=\"selected\">")
                .doesNotContain("<option value=\"17\" selected");
        assertThat(FilterOptions.select(markup, null)).doesNotContain("selected");
        assertThat(FilterOptions.select(markup, 99L)).doesNotContain("selected");
    }
}
