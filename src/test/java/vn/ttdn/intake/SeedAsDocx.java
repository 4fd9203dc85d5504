package vn.ttdn.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.ttdn.intake.extraction.LegacyEncoder;

/**
 * A seed re-typed in Word the way provinces lay plans out: the header and preamble as paragraphs whose "I.", "1.",
 * "a)" are Word numbering (numbering.xml, not text), the tasks as rows of a real table (TT | Nội dung | Cơ quan chủ
 * trì | Cơ quan phối hợp) with its header row repeated on every page (tblHeader), each section heading a row spanning
 * the table (gridSpan), a lead agency shared by consecutive rows merged down (vMerge), agencies one paragraph each,
 * and a running header and page number. The tasks' text and agencies come from the seed and its golden facts; the
 * sections from the plain-text reading (layout only).
 */
final class SeedAsDocx {

    enum Fonts { UNICODE, LEGACY }

    private static final Pattern NUMBERED = Pattern.compile("^(?:([IVX]+)\\.|(\\d{1,2})\\.|([a-e]|[g-z])\\))\\s+(.*)");
    private static final int[] WIDTHS = {800, 4600, 2100, 2100};

    private final XWPFDocument doc = new XWPFDocument();
    private final Fonts fonts;
    private final BigInteger[] abstracts = new BigInteger[4];
    private final BigInteger[] current = new BigInteger[4];
    private final int[] last = new int[4];

    private SeedAsDocx(Fonts fonts) {
        this.fonts = fonts;
        XWPFNumbering n = doc.createNumbering();
        abstracts[0] = abstractNum(n, 0, STNumberFormat.UPPER_ROMAN, "%1.");
        abstracts[1] = abstractNum(n, 1, STNumberFormat.DECIMAL, "%1.");
        abstracts[2] = abstractNum(n, 2, STNumberFormat.LOWER_LETTER, "%1)");
        abstracts[3] = abstractNum(n, 3, STNumberFormat.DECIMAL, "%1.");
    }

    static byte[] write(SeedExpectations.Seed seed, Fonts fonts) throws Exception {
        String text = SeedExpectations.text(seed.file());
        ParsedPlan plain = new PlanExtractor().extract(new PlanDocumentReader()
                .read(seed.file(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).text());
        String[] lines = text.split("\n", -1);
        List<Integer> at = taskLines(seed, lines);
        SeedAsDocx w = new SeedAsDocx(fonts);
        w.runningHeader(seed);
        int first = at.get(0);
        ParsedTask t0 = SeedAccuracy.match(seed.tasks(), plain.tasks()).get(0);
        int bodyEnd = first;
        for (ParsedSection s0 : plain.sections()) {
            if (t0 != null && s0.ref().equals(t0.sectionRef())) {
                for (int i = first; i >= 0; i--) {
                    bodyEnd = lines[i].contains(s0.heading()) ? i : bodyEnd;
                }
            }
        }
        for (int i = 0; i < bodyEnd; i++) {
            w.paragraph(lines[i]);
        }
        w.table(seed, plain, lines, at);
        for (int i = at.get(at.size() - 1) + 1; i < lines.length; i++) {
            w.paragraph(lines[i]);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.doc.write(out);
            w.doc.close();
            return out.toByteArray();
        }
    }

    /** The 0-based line of each golden task in the seed, searching forward from the previous one. */
    private static List<Integer> taskLines(SeedExpectations.Seed seed, String[] lines) {
        List<Integer> at = new ArrayList<>();
        int from = 0;
        for (SeedExpectations.Task t : seed.tasks()) {
            int hit = -1;
            for (int i = from; i < lines.length && hit < 0; i++) {
                hit = lines[i].contains(t.contentStart()) ? i : -1;
            }
            at.add(hit < 0 ? from : hit);
            from = hit < 0 ? from : hit + 1;
        }
        return at;
    }

    private static ParsedSection section(ParsedPlan p, int line0) {
        ParsedSection best = null;
        for (ParsedSection s : p.sections()) {
            if (s.lineFrom() <= line0 + 1 && line0 + 1 <= s.lineTo() && (best == null || s.level() >= best.level())) {
                best = s;
            }
        }
        return best;
    }

    private void paragraph(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        Matcher m = NUMBERED.matcher(t);
        if (m.matches()) {
            int kind = m.group(1) != null ? 0 : m.group(2) != null ? 1 : 2;
            int value = kind == 0 ? roman(m.group(1)) : kind == 1 ? Integer.parseInt(m.group(2))
                    : m.group(3).charAt(0) - 'a' + 1;
            number(p, kind, value);
            t = m.group(4);
        }
        text(p, t, false);
    }

    /** Word restarts a list with a new w:num whose level overrides the start; a list that goes on reuses it. */
    private void number(XWPFParagraph p, int kind, int value) {
        if (current[kind] == null || value != last[kind] + 1) {
            current[kind] = doc.getNumbering().addNum(abstracts[kind]);
            CTNumLvl o = doc.getNumbering().getNum(current[kind]).getCTNum().addNewLvlOverride();
            o.setIlvl(BigInteger.ZERO);
            o.addNewStartOverride().setVal(BigInteger.valueOf(value));
        }
        last[kind] = value;
        p.setNumID(current[kind]);
        p.setNumILvl(BigInteger.ZERO);
    }

    private void table(SeedExpectations.Seed seed, ParsedPlan plain, String[] lines, List<Integer> at) {
        XWPFTable t = doc.createTable(1, 4);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        for (int k = 0; k < 4; k++) {
            (k < grid.sizeOfGridColArray() ? grid.getGridColArray(k) : grid.addNewGridCol())
                    .setW(BigInteger.valueOf(WIDTHS[k]));
        }
        XWPFTableRow head = t.getRow(0);
        head.getCtRow().addNewTrPr().addNewTblHeader();
        String[] titles = {"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"};
        for (int k = 0; k < 4; k++) {
            cell(head.getCell(k), List.of(titles[k]), k);
        }
        ParsedSection open = null;
        List<String> lead = null;
        List<ParsedTask> read = SeedAccuracy.match(seed.tasks(), plain.tasks());
        for (int i = 0; i < seed.tasks().size(); i++) {
            SeedExpectations.Task task = seed.tasks().get(i);
            ParsedTask hit = read.get(i);
            ParsedSection s = hit == null ? section(plain, at.get(i)) : plain.sections().stream()
                    .filter(x -> x.ref().equals(hit.sectionRef())).findFirst().orElse(null);
            if (s != null && s != open) {
                XWPFTableRow r = t.createRow();
                while (r.getTableCells().size() > 1) {
                    r.removeCell(1);
                }
                r.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
                cell(r.getCell(0), List.of(s.ref().replaceAll(".*\\.", "") + ". " + s.heading()), 1);
                open = s;
                lead = null;
            }
            XWPFTableRow r = t.createRow();
            XWPFTableCell tt = r.getCell(0);
            if (task.ref() != null) {
                cell(tt, List.of(task.ref()), 0);
            } else {
                XWPFParagraph p = tt.getParagraphs().get(0);
                number(p, 3, i == 0 || last[3] == 0 ? 1 : last[3] + 1);
            }
            String line = lines[at.get(i)];
            int from = Math.max(0, line.indexOf(task.contentStart()));
            int to = line.indexOf('\t', from);
            cell(r.getCell(1), List.of(line.substring(from, to < 0 ? line.length() : to).strip()), 1);
            boolean same = !task.lead().isEmpty() && task.lead().equals(lead);
            CTTcPr pr = r.getCell(2).getCTTc().addNewTcPr();
            pr.addNewVMerge().setVal(same ? STMerge.CONTINUE : STMerge.RESTART);
            if (!same) {
                cell(r.getCell(2), task.lead(), 2);
            }
            lead = task.lead();
            cell(r.getCell(3), task.coordinating(), 3);
        }
    }

    private void cell(XWPFTableCell c, List<String> paragraphs, int column) {
        c.setWidth(String.valueOf(WIDTHS[column]));
        for (int k = 0; k < paragraphs.size(); k++) {
            XWPFParagraph p = k == 0 ? c.getParagraphs().get(0) : c.addParagraph();
            text(p, paragraphs.get(k), true);
        }
    }

    private void runningHeader(SeedExpectations.Seed seed) {
        XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
        h.createParagraph().createRun().setText("Kế hoạch thông tin đối ngoại " + (seed.year() == null ? ""
                : "năm " + seed.year()));
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        f.createParagraph().getCTP().addNewFldSimple().setInstr("PAGE");
    }

    /** Unicode, or (legacy) TCVN3 in .VnTime for paragraphs and VNI in VNI-Times for table cells. */
    private void text(XWPFParagraph p, String t, boolean inTable) {
        if (fonts == Fonts.UNICODE) {
            run(p, t, "Times New Roman");
        } else if (inTable) {
            run(p, LegacyEncoder.vni(t), "VNI-Times");
        } else {
            tcvn3(p, t);
        }
    }

    /** .VnTime has no toned capitals: those are typed in .VnTimeH, whose small letters print as capitals. */
    private static void tcvn3(XWPFParagraph p, String t) {
        String nfc = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC);
        int i = 0;
        while (i < nfc.length()) {
            boolean caps = !LegacyEncoder.tcvn3Has(nfc.charAt(i));
            int j = i;
            while (j < nfc.length() && !LegacyEncoder.tcvn3Has(nfc.charAt(j)) == caps) {
                j++;
            }
            String part = nfc.substring(i, j);
            run(p, LegacyEncoder.tcvn3(caps ? part.toLowerCase(java.util.Locale.ROOT) : part),
                    caps ? ".VnTimeH" : ".VnTime");
            i = j;
        }
    }

    private static void run(XWPFParagraph p, String t, String font) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setFontSize(12);
        r.setText(t);
    }

    private static BigInteger abstractNum(XWPFNumbering n, int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl l = a.addNewLvl();
        l.setIlvl(BigInteger.ZERO);
        l.addNewStart().setVal(BigInteger.ONE);
        l.addNewNumFmt().setVal(format);
        l.addNewLvlText().setVal(text);
        return n.addAbstractNum(new XWPFAbstractNum(a, n));
    }

    private static int roman(String r) {
        int v = 0;
        for (int i = 0; i < r.length(); i++) {
            int c = "IVX".indexOf(r.charAt(i));
            int val = c == 0 ? 1 : c == 1 ? 5 : 10;
            int next = i + 1 < r.length() ? "IVX".indexOf(r.charAt(i + 1)) : -1;
            v += next > c ? -val : val;
        }
        return v;
    }
}
