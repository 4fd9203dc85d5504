package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImplementationChainsTest {

    @Test
    void aProgrammeOfTheProvinceImplementingAConclusionIsAChain() {
        var chains = ImplementationChains.in("Triển khai Chương trình hành động số 66-CTr/TU ngày 09/10/2023 của "
                + "Tỉnh ủy thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất "
                + "lượng, hiệu quả công tác thông tin đối ngoại");
        assertThat(chains).singleElement().satisfies(c -> {
            assertThat(c.implementing().canonical()).isEqualTo("66-CTr/TU");
            assertThat(c.implemented().canonical()).isEqualTo("57-KL/TW");
        });
    }

    @Test
    void documentsJoinedByAndAreNoChain() {
        assertThat(ImplementationChains.in("Triển khai thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị "
                + "và Kế hoạch số 196-KH/TU ngày 31/8/2023 của Tỉnh ủy")).isEmpty();
    }
}
