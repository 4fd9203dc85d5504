package vn.ttdn.intake;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Well-formed DOCX and PDF files whose layout comes from fuzzed data, for the reader fuzz tests. */
final class FuzzedDocuments {

    private static final String[] FONTS = {"Times New Roman", ".VnTime", ".VnTimeH", "VNI-Times", "Arial"};

    private FuzzedDocuments() {
    }

    static byte[] docx(FuzzedDataProvider data) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering n = doc.createNumbering();
            CTAbstractNum a = CTAbstractNum.Factory.newInstance();
            a.setAbstractNumId(BigInteger.ZERO);
            for (int k = 0; k < data.consumeInt(0, 9); k++) {
                CTLvl l = a.addNewLvl();
                l.setIlvl(BigInteger.valueOf(data.consumeInt(-2, 12)));
                l.addNewStart().setVal(BigInteger.valueOf(data.consumeInt(-5, 5000)));
                l.addNewNumFmt().setVal(STNumberFormat.Enum.forInt(data.consumeInt(1, 60)));
                l.addNewLvlText().setVal(data.consumeString(8));
            }
            BigInteger num = n.addNum(n.addAbstractNum(new XWPFAbstractNum(a, n)));
            for (int p = 0; p < data.consumeInt(0, 8); p++) {
                XWPFParagraph para = doc.createParagraph();
                if (data.consumeBoolean()) {
                    para.setNumID(data.consumeBoolean() ? num : BigInteger.valueOf(data.consumeInt(0, 9)));
                    para.setNumILvl(BigInteger.valueOf(data.consumeInt(-1, 12)));
                }
                run(para, data);
            }
            int cols = data.consumeInt(1, 6);
            XWPFTable t = doc.createTable(1, cols);
            for (int r = 0; r < data.consumeInt(0, 12); r++) {
                for (XWPFTableCell c : (r == 0 ? t.getRow(0) : t.createRow()).getTableCells()) {
                    CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
                    if (data.consumeBoolean()) {
                        pr.addNewVMerge().setVal(data.consumeBoolean() ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                    if (data.consumeBoolean()) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(data.consumeInt(-3, 100)));
                    }
                    run(c.getParagraphs().get(0), data);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void run(XWPFParagraph p, FuzzedDataProvider data) {
        var r = p.createRun();
        r.setFontFamily(FONTS[data.consumeInt(0, FONTS.length - 1)]);
        r.setText(data.consumeString(60).replaceAll("[\\p{Cc}&&[^\\t\\n]]", ""));
    }

    static byte[] pdf(FuzzedDataProvider data) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int p = 0; p < data.consumeInt(1, 3); p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int k = 0; k < data.consumeInt(0, 40); k++) {
                        float x = data.consumeRegularFloat(-50, 700);
                        float y = data.consumeRegularFloat(-50, 850);
                        switch (data.consumeInt(0, 2)) {
                            case 0 -> {
                                cs.moveTo(x, y);
                                cs.lineTo(data.consumeRegularFloat(-50, 700), data.consumeRegularFloat(-50, 850));
                                cs.stroke();
                            }
                            case 1 -> {
                                cs.addRect(x, y, data.consumeRegularFloat(0, 600), data.consumeRegularFloat(0, 3));
                                cs.fill();
                            }
                            default -> {
                                cs.beginText();
                                cs.setFont(font, data.consumeRegularFloat(0.5f, 40));
                                cs.newLineAtOffset(x, y);
                                cs.showText(data.consumeAsciiString(40).replaceAll("[^ -~]", ""));
                                cs.endText();
                            }
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
