package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class PlanDocumentReaderTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private final PlanDocumentReader reader = new PlanDocumentReader();

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            doc.createParagraph().createRun().setText("Công tác thông tin đối ngoại năm 2025");
            doc.createParagraph().createRun().setText("III. NHIỆM VỤ CỤ THỂ");
            XWPFTable t = doc.createTable(2, 4);
            String[][] cells = {{"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"},
                    {"1.1", "Tuyên truyền Kết luận số 57-KL/TW", "Sở Ngoại vụ", "Công an tỉnh, Sở Tài chính"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 4; c++) {
                    t.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.createParagraph().createRun().setText("Trên đây là Kế hoạch.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsDocxParagraphsAndTablesInOrder() throws Exception {
        ReadDocument d = reader.read("kehoach.docx", docx());
        assertThat(d.detectedType()).isEqualTo("DOCX");
        assertThat(d.text()).isEqualTo("KẾ HOẠCH\nCông tác thông tin đối ngoại năm 2025\nIII. NHIỆM VỤ CỤ THỂ\n"
                + "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\n"
                + "1.1\tTuyên truyền Kết luận số 57-KL/TW\tSở Ngoại vụ\tCông an tỉnh, Sở Tài chính\n"
                + "Trên đây là Kế hoạch.");
        ParsedPlan plan = new PlanExtractor().extract(d.text());
        assertThat(plan.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Sở Ngoại vụ");
            assertThat(t.coordinating()).containsExactly("Công an tỉnh", "Sở Tài chính");
        });
    }

    @Test
    void readsPdfTextLayerWithVietnameseFont() throws Exception {
        boolean vietnamese = Files.exists(DEJAVU);
        String line = vietnamese ? "Kế hoạch công tác thông tin đối ngoại của tỉnh năm 2025"
                : "Ke hoach cong tac thong tin doi ngoai cua tinh nam 2025";
        ReadDocument d = reader.read("x.PDF", pdf(line, null));
        assertThat(d.detectedType()).isEqualTo("PDF");
        assertThat(d.text()).isEqualTo(line);
    }

    @Test
    void scannedPdfWithoutTextIsReported() throws Exception {
        byte[] blank;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            blank = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read("scan.pdf", blank))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("Tệp PDF không có lớp văn bản (bản quét) — không đọc được nội dung.");
    }

    @Test
    void passwordProtectedPdfIsReported() throws Exception {
        byte[] locked = pdf("Ke hoach cong tac thong tin doi ngoai nam 2025", "secret");
        assertThatThrownBy(() -> reader.read("locked.pdf", locked))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("mật khẩu");
    }

    @Test
    void passwordProtectedDocxIsReported() throws Exception {
        byte[] plain = docx();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> reader.read("locked.docx", out.toByteArray()))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("mật khẩu");
    }

    @Test
    void corruptDocxIsReported() throws Exception {
        byte[] good = docx();
        byte[] broken = java.util.Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> reader.read("broken.docx", broken))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("hỏng");
    }

    @Test
    void zipBombDisguisedAsDocxIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> reader.read("bomb.docx", out.toByteArray()))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("bom nén");
    }

    @Test
    void oversizedAndEmptyFilesAreRefused() {
        assertThatThrownBy(() -> reader.read("big.txt", new byte[PlanDocumentReader.MAX_BYTES + 1]))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("quá lớn");
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("rỗng");
    }

    @Test
    void imagesAndOtherBinariesAreNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> reader.read("anh.txt", png))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("không được hỗ trợ");
    }

    @Test
    void readsUtf8Text() throws Exception {
        ReadDocument d = reader.read("a.txt", "KẾ HOẠCH\r\nNăm 2025".getBytes(StandardCharsets.UTF_8));
        assertThat(d).isEqualTo(new ReadDocument("KẾ HOẠCH\nNăm 2025", "TXT", "UTF-8"));
    }

    @Test
    void aNameThatLiesAboutTheContentIsRefused() throws Exception {
        assertThatThrownBy(() -> reader.read("kehoach.pdf", docx()))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("Tệp \"kehoach.pdf\" mang đuôi .pdf nhưng nội dung là DOCX (tệp nén) — tên và nội dung tệp "
                        + "phải cùng loại.");
        assertThatThrownBy(() -> reader.read("kehoach.docx", pdf("Ke hoach nam 2025 cua tinh", null)))
                .hasMessageContaining("nội dung là PDF");
        assertThatThrownBy(() -> reader.read("kehoach.pdf", "KẾ HOẠCH năm 2025".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("nội dung là văn bản thuần");
        assertThatThrownBy(() -> reader.read("kehoach.txt", docx())).hasMessageContaining("nội dung là DOCX");
        assertThatThrownBy(() -> reader.read("kehoach.doc", docx())).hasMessageContaining("nội dung là DOCX");
        assertThatThrownBy(() -> reader.read("kehoach.rtf", "KẾ HOẠCH".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("chỉ nhận tệp .txt, .docx, .doc hoặc .pdf");
        assertThatThrownBy(() -> reader.read("kehoach", "KẾ HOẠCH".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("chỉ nhận tệp .txt, .docx, .doc hoặc .pdf");
    }

    @Test
    void webPagesSvgAndXmlAreRefusedWhateverTheirName() {
        byte[] html = "\uFEFF\n<!DOCTYPE html><html><body><p>KẾ HOẠCH</p><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_16);
        byte[] scriptInText = "KẾ HOẠCH\nCông tác năm 2025\n<script>fetch('/api')</script>".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] {"kehoach.txt", "kehoach.pdf", "kehoach.docx", "kehoach.html"}) {
            for (byte[] markup : new byte[][] {html, svg, scriptInText}) {
                assertThatThrownBy(() -> reader.read(name, markup)).as(name)
                        .isInstanceOf(DocumentReadException.class)
                        .hasMessage("Tệp \"" + name + "\" là trang web hoặc mã HTML, SVG, XML — không phải văn bản kế "
                                + "hoạch. Hãy tải lên tệp TXT, DOCX, DOC hoặc PDF.");
            }
        }
    }

    @Test
    void plainTextWithAFewAngleBracketsIsStillText() throws Exception {
        String news = "Tin tức: tỷ lệ xã hoàn thành < 50%, số tin bài > 120.\n<Trích> báo Nhân Dân ngày 2/9";
        ReadDocument d = reader.read("tin-tuc.txt", news.getBytes(StandardCharsets.UTF_8));
        assertThat(d.detectedType()).isEqualTo("TXT");
        assertThat(d.text()).contains("< 50%", "<Trích>");
    }

    private static byte[] pdf(String line, String userPassword) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFont font = Files.exists(DEJAVU) ? PDType0Font.load(doc, DEJAVU.toFile())
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(50, 700);
                cs.showText(line);
                cs.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
