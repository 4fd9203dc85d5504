package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentKindsTest {

    @Test
    void aPrintedKindWordHasTheCodeTheBundlesNameItBy() {
        assertThat(DocumentKinds.code("Nghị định")).contains("DECREE");
        assertThat(DocumentKinds.code("QUYẾT ĐỊNH")).contains("DECISION");
        assertThat(DocumentKinds.code(" Chương trình  hành động ")).contains("ACTION_PROGRAMME");
        assertThat(DocumentKinds.code("Chương trình")).contains("PROGRAMME");
    }

    @Test
    void everyKindTheFinderAndTheSymbolsProduceIsKnown() {
        for (String kind : new String[] {"Kết luận", "Kế hoạch", "Thông tư", "Nghị quyết", "Công văn", "Tờ trình",
                "Chương trình phối hợp", "Thông tư liên tịch", "Luật", "Quy định", "Văn bản", "Thông tri"}) {
            assertThat(DocumentKinds.code(kind)).as(kind).isPresent();
        }
        assertThat(DocumentNumber.parse("66-CTr/TU").orElseThrow().kindFromSymbol()).isEqualTo("Chương trình");
        assertThat(DocumentKinds.code(DocumentNumber.parse("4315/TTr-STTTT").orElseThrow().kindFromSymbol()))
                .contains("SUBMISSION");
    }

    @Test
    void anUnknownWordHasNoCode() {
        assertThat(DocumentKinds.code("Sắc lệnh")).isEmpty();
        assertThat(DocumentKinds.code(null)).isEmpty();
    }
}
