package vn.ttdn.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    @Test
    void sortingByCollationKeysGivesTheOrderOfTheComparator() {
        List<String> names = List.of("Sở Y tế", "Ban Dân vận", "Đài Phát thanh", "Công an tỉnh", "ban Tuyên giáo",
                "Sở Văn hóa", "Ủy ban MTTQ", "Báo Đối ngoại", "Dân tộc", "an ninh");

        assertThat(VietnameseOrder.sortedBy(names, Function.identity()))
                .isEqualTo(names.stream().sorted(VietnameseOrder.NAMES).toList())
                .startsWith("an ninh").endsWith("Ủy ban MTTQ");
        assertThat(VietnameseOrder.sortedBy(List.of("Đ", "D", "E"), Function.identity())).containsExactly("D", "Đ", "E");
    }
}
