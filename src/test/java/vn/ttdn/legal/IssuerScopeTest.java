package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuerScopeTest {

    @ParameterizedTest(name = "{0} provincial: {1}")
    @CsvSource({"13980/KH-UBND,true", "66-CTr/TU,true", "4315/TTr-STTTT,true", "57-KL/TW,false",
            "72/2015/NĐ-CP,false", "1079/QĐ-TTg,false", "3089/BTTTT-TTĐN,false", "103/2016/QH13,false",
            "30/2022/QĐ-UBND,true"})
    void provincialIssuersOnlyNameADocumentWithinTheirProvince(String number, boolean provincial) {
        assertThat(IssuerScope.provincial(DocumentNumber.parse(number).orElseThrow())).isEqualTo(provincial);
    }
}
