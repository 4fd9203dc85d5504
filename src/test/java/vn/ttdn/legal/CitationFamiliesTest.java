package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per way provinces print what they cite (issue 9): what is found, and what is kept as printed. */
class CitationFamiliesTest {

    @Test
    void aLawCitedByNameAndDateHasNoNumberAndItsNameAsSubject() {
        Citation law = CitationFinder.findAll("Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;").get(0);
        assertThat(law.kind()).isEqualTo("Luật");
        assertThat(law.number()).isNull();
        assertThat(law.subject()).isEqualTo("Luật Báo chí");
        assertThat(law.date()).isEqualTo(LocalDate.of(2016, 4, 5));
        assertThat(law.printed()).isEqualTo("Luật Báo chí ngày 05 tháng 4 năm 2016");
    }

    @Test
    void anAmendingLawKeepsTheLawsItNamesInsideItsName() {
        List<Citation> found = CitationFinder.findAll("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; "
                + "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
                + "phương ngày 22 tháng 11 năm 2019;");
        assertThat(found).extracting(Citation::subject).containsExactly("Luật Tổ chức chính quyền địa phương",
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương");
    }

    @Test
    void codesAreLawsAndAYearAloneNamesTheLaw() {
        assertThat(CitationFinder.findAll("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019 của Quốc hội;"))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo("Luật");
                    assertThat(c.subject()).isEqualTo("Bộ luật Lao động");
                    assertThat(c.issuer()).isEqualTo("Quốc hội");
                });
        Citation land = CitationFinder.findAll("Căn cứ Luật Đất đai năm 2024;").get(0);
        assertThat(land.subject()).isEqualTo("Luật Đất đai năm 2024");
        assertThat(land.date()).isNull();
    }

    @Test
    void aLawWithANumberIsReadByItsNumberOnce() {
        assertThat(CitationFinder.findAll("Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;"))
                .singleElement().satisfies(c -> {
                    assertThat(c.number().canonical()).isEqualTo("39/2019/QH14");
                    assertThat(c.kind()).isEqualTo("Luật");
                });
    }

    @Test
    void aLawMentionedWithoutADateIsNoCitation() {
        assertThat(CitationFinder.findAll("Căn cứ Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định "
                + "chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng;"))
                .extracting(c -> c.number() == null ? null : c.number().canonical()).containsExactly("59/2019/NĐ-CP");
    }

    @Test
    void aProgrammeNamedAfterAPreamblesOpenerIsCitedWithoutANumber() {
        Citation c = CitationFinder.findAll("Thực hiện Chương trình công tác năm 2021 của Tỉnh ủy;").get(0);
        assertThat(c.kind()).isEqualTo("Chương trình");
        assertThat(c.number()).isNull();
        assertThat(c.subject()).isEqualTo("Chương trình công tác năm 2021");
        assertThat(c.issuer()).isEqualTo("Tỉnh ủy");
    }

    @Test
    void bareKindWordsOutsideAPreambleListAreNotDocuments() {
        assertThat(CitationFinder.findAll("Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư.")).isEmpty();
        assertThat(CitationFinder.findAll("Căn cứ Quy định hiện hành của Nhà nước;")).isEmpty();
        assertThat(CitationFinder.findAll("Các sở thực hiện Kế hoạch này, Chương trình công tác năm 2021 của Tỉnh ủy"))
                .isEmpty();
        assertThat(CitationFinder.findAll("Thực hiện ý kiến của Chủ tịch UBND tỉnh tại Thông báo số 45/TB-UBND "
                + "ngày 3/3/2022;")).extracting(Citation::kind).containsExactly("Thông báo");
    }

    @Test
    void programmesOfTwoIssuersAreTwoDocuments() {
        List<Citation> found = CitationFinder.findAll("Căn cứ Chương trình công tác năm 2024 của Ủy ban nhân dân tỉnh;"
                + " Chương trình công tác năm 2024 của Ban Thường vụ Tỉnh ủy;");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).sameDocumentAs(found.get(1))).isFalse();
        assertThat(found.get(0).key()).isNotEqualTo(found.get(1).key());
    }

    @Test
    void aLawIsTheSameWithOrWithoutItsIssuerButNotWithAnotherDate() {
        Citation a = CitationFinder.findAll("Căn cứ Luật Báo chí ngày 05/4/2016;").get(0);
        Citation b = CitationFinder.findAll("Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016 của Quốc hội;").get(0);
        Citation c = CitationFinder.findAll("Căn cứ Luật Báo chí ngày 28 tháng 12 năm 1989;").get(0);
        assertThat(a.sameDocumentAs(b)).isTrue();
        assertThat(a.sameDocumentAs(c)).isFalse();
    }

    @Test
    void partySymbolsKeepTheirHyphen() {
        List<Citation> found = CitationFinder.findAll("Thực hiện Quy định số 12-QĐ/TU ngày 20/5/2021 của Ban Thường vụ"
                + " Tỉnh ủy, Công văn số 345-CV/TU ngày 14/3/2022 của Tỉnh ủy và Chỉ thị số 12-CT/TW ngày 05/01/2022");
        assertThat(found).extracting(c -> c.number().canonical()).containsExactly("12-QĐ/TU", "345-CV/TU", "12-CT/TW");
        assertThat(found).extracting(Citation::kind).containsExactly("Quy định", "Công văn", "Chỉ thị");
    }

    @Test
    void aLettersLowerCaseSuffixBelongsToItsNumber() {
        Citation c = CitationFinder.find("Căn cứ Công văn số 123/BNG-VP-m ngày 10/02/2022 của Bộ Ngoại giao").get(0);
        assertThat(c.number().canonical()).isEqualTo("123/BNG-VP-m");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 2, 10));
        assertThat(CitationFinder.find("Công văn số 4567/VPCP-QHQT - về việc").get(0).number().canonical())
                .isEqualTo("4567/VPCP-QHQT");
    }

    @Test
    void aLostSlashIsRestoredOnlyWhenTheDateConfirmsTheYear() {
        Citation fixed = CitationFinder.find("Thông tư số 152019/TT-BTTTT ngày 26/6/2019").get(0);
        assertThat(fixed.number().canonical()).isEqualTo("15/2019/TT-BTTTT");
        assertThat(fixed.number().printed()).isEqualTo("152019/TT-BTTTT");
        Citation doubtful = CitationFinder.find("Thông tư số 152019/TT-BTC ngày 10/01/2020").get(0);
        assertThat(doubtful.number().canonical()).isEqualTo("152019/TT-BTC");
        assertThat(CitationFinder.find("Thông tư số 152019/TT-BTTTT").get(0).number().canonical())
                .isEqualTo("152019/TT-BTTTT");
    }

    @Test
    void strayBlanksMissingYearsAndMissingDiacriticsAreReadAndKeptAsPrinted() {
        Citation space = CitationFinder.find("Chỉ thị số 35/CT -TTg ngày 12/10/2021").get(0);
        assertThat(space.number().canonical()).isEqualTo("35/CT-TTg");
        assertThat(space.number().printed()).isEqualTo("35/CT -TTg");
        assertThat(CitationFinder.find("Nghị định số 72/2015/NĐ - CP ngày 07/9/2015").get(0).number().canonical())
                .isEqualTo("72/2015/NĐ-CP");
        assertThat(CitationFinder.find("Nghị định số 61/NĐ-CP ngày 23/4/2018").get(0).number().canonical())
                .isEqualTo("61/2018/NĐ-CP");
        assertThat(CitationFinder.find("Nghị định 72/NĐ-CP của Chính phủ").get(0).number().canonical())
                .isEqualTo("72/NĐ-CP");
        assertThat(CitationFinder.find("Quyết định số 1234/QD-UBND ngày 15/7/2022").get(0).number().canonical())
                .isEqualTo("1234/QĐ-UBND");
    }

    @Test
    void aNoticeOfConclusionsIsANotice() {
        assertThat(CitationFinder.find("Thực hiện Thông báo kết luận số 456-TB/TU ngày 12/6/2022").get(0).kind())
                .isEqualTo("Thông báo");
    }

    @Test
    void longRunsOfKindWordsAndLawsAreReadInLinearTime() {
        String run = "Căn cứ " + "Kế hoạch công tác và ".repeat(10_000) + "Luật Báo chí và ".repeat(10_000);
        // 360 000 characters: quadratic work would take minutes; linear takes well under a second, even shared.
        org.junit.jupiter.api.Assertions.assertTimeout(java.time.Duration.ofSeconds(10),
                () -> CitationFinder.findAll(run));
    }

    @Test
    void aDocumentNamedByItsIssuerAndWhatItIsAboutIsCitedWithoutANumber() {
        Citation c = CitationFinder.findAll("Thực hiện Chỉ thị của Thủ tướng Chính phủ về tăng cường công tác phòng, "
                + "chống thiên tai; Kế hoạch số 77/KH-UBND ngày 30/5/2022 của UBND tỉnh;").get(0);
        assertThat(c.number()).isNull();
        assertThat(c.issuer()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(c.subject()).isEqualTo("Chỉ thị về tăng cường công tác phòng, chống thiên tai");
        assertThat(CitationFinder.findAll("Thực hiện Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban;"))
                .isEmpty();
    }

    @Test
    void consolidatedTextsTheConstitutionAndAColonAfterSo() {
        assertThat(CitationFinder.find("Căn cứ Văn bản hợp nhất số 21/VBHN-VPQH ngày 10/12/2018").get(0).kind())
                .isEqualTo("Văn bản hợp nhất");
        assertThat(CitationFinder.find("Căn cứ Quy định số: 08-QĐ/TU ngày 25/10/2021").get(0).kind())
                .isEqualTo("Quy định");
        Citation constitution = CitationFinder.findAll("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm "
                + "2013;").get(0);
        assertThat(constitution.kind()).isEqualTo("Hiến pháp");
        assertThat(constitution.subject()).isEqualTo("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013");
        assertThat(IssuerScope.provincial(constitution.kind(), constitution.issuer(), constitution.subject()))
                .isFalse();
    }

    @Test
    void aProvincesUnnumberedProgrammeIsItsOwnAndACentralBodysIsEveryones() {
        assertThat(IssuerScope.provincial("Chương trình", "Tỉnh ủy", "Chương trình công tác năm 2021")).isTrue();
        assertThat(IssuerScope.provincial("Nghị quyết", null, "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung "
                + "ương Đảng khóa XIII")).isFalse();
        assertThat(IssuerScope.provincial("Chỉ thị", "Thủ tướng Chính phủ", "Chỉ thị về phòng, chống thiên tai"))
                .isFalse();
        assertThat(IssuerScope.provincial("Luật", null, "Luật Báo chí")).isFalse();
    }

    @Test
    void lawsPassedTheSameDayShareTheirDateButAnAmendingLawIsOne() {
        List<Citation> two = CitationFinder.findAll("Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
                + "phương ngày 19 tháng 6 năm 2015;");
        assertThat(two).extracting(Citation::subject).containsExactly("Luật Tổ chức Chính phủ",
                "Luật Tổ chức chính quyền địa phương");
        assertThat(two).extracting(Citation::date).containsOnly(LocalDate.of(2015, 6, 19));
        assertThat(CitationFinder.findAll("Căn cứ Luật Đầu tư, Luật Doanh nghiệp, Bộ luật Dân sự ngày 17/6/2020;"))
                .extracting(Citation::subject).containsExactly("Luật Đầu tư", "Luật Doanh nghiệp", "Bộ luật Dân sự");
        assertThat(CitationFinder.findAll("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và "
                + "Luật Tổ chức chính quyền địa phương ngày 22/11/2019;")).hasSize(1);
    }
}
