package vn.ttdn.intake.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.ttdn.intake.extraction.PdfGlyphLines.Glyph;
import vn.ttdn.intake.extraction.PdfTableGrid.Rule;

/** What PDFBox sees on each page that the layout needs: the glyphs with their positions, and the ruling lines. */
final class PdfPageReader {

    record Page(float height, List<Glyph> glyphs, List<Rule> rules) {
    }

    /** Bounds memory on hostile files: beyond these a page's extra glyphs or rules are ignored. */
    static final int MAX_GLYPHS = 200_000;
    static final int MAX_RULES = 20_000;

    private PdfPageReader() {
    }

    static List<Page> read(PDDocument doc) throws IOException {
        GlyphCollector glyphs = new GlyphCollector();
        glyphs.setSortByPosition(false);
        glyphs.getText(doc);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages() && i < glyphs.pages.size(); i++) {
            PDPage page = doc.getPage(i);
            float height = page.getCropBox().getUpperRightY();
            RuleCollector rules = new RuleCollector(page, height);
            rules.processPage(page);
            pages.add(new Page(page.getCropBox().getHeight(), glyphs.pages.get(i), rules.rules));
        }
        return pages;
    }

    private static final class GlyphCollector extends PDFTextStripper {
        final List<List<Glyph>> pages = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();

        GlyphCollector() {
        }

        @Override
        protected void startPage(PDPage page) {
            current = new ArrayList<>();
        }

        @Override
        protected void endPage(PDPage page) {
            pages.add(current);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (current.size() < MAX_GLYPHS && t.getUnicode() != null) {
                float size = Math.max(t.getFontSizeInPt(), t.getHeightDir());
                current.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size > 0 ? size : 10f,
                        t.getUnicode()));
            }
        }
    }

    /** Stroked lines and thin filled rectangles (how producers draw cell borders), y turned to count from the top. */
    private static final class RuleCollector extends PDFGraphicsStreamEngine {
        final List<Rule> rules = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>();
        private final float top;
        private float cx;
        private float cy;

        RuleCollector(PDPage page, float top) {
            super(page);
            this.top = top;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x0 = (float) Math.min(p0.getX(), p2.getX());
            float x1 = (float) Math.max(p0.getX(), p2.getX());
            float y0 = (float) Math.min(p0.getY(), p2.getY());
            float y1 = (float) Math.max(p0.getY(), p2.getY());
            path.add(new float[] {x0, y0, x1, y1, 1});
        }

        @Override
        public void moveTo(float x, float y) {
            cx = x;
            cy = y;
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new float[] {Math.min(cx, x), Math.min(cy, y), Math.max(cx, x), Math.max(cy, y), 0});
            cx = x;
            cy = y;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            cx = x3;
            cy = y3;
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float(cx, cy);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            for (float[] s : path) {
                if (s[4] == 1) { // a stroked rectangle: its four sides
                    add(s[0], s[1], s[2], s[1]);
                    add(s[0], s[3], s[2], s[3]);
                    add(s[0], s[1], s[0], s[3]);
                    add(s[2], s[1], s[2], s[3]);
                } else {
                    add(s[0], s[1], s[2], s[3]);
                }
            }
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] s : path) {
                if (s[4] == 1 && (s[2] - s[0] < 2f || s[3] - s[1] < 2f)) {
                    add(s[0], s[1], s[2], s[3]);
                }
            }
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        private void add(float x0, float y0, float x1, float y1) {
            if (rules.size() < MAX_RULES) {
                rules.add(new Rule(x0, top - y1, x1, top - y0));
            }
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
