package dk.oplys.integration.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes text top-down on A4 pages of a {@link PdfA} document, starting a new page when one is
 * full: headings, wrapped paragraphs, and table rows whose columns are left- or right-aligned.
 * Enough layout for invoices, protocols, cards and reports, kept in one place.
 */
public final class PageFlow implements AutoCloseable {

    /** A table column: its width in points and whether its text is right-aligned (amounts). */
    public record Column(float width, boolean right) {
        public static Column left(float width) {
            return new Column(width, false);
        }

        public static Column right(float width) {
            return new Column(width, true);
        }
    }

    public static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PdfA pdf;
    private final PDType0Font font;
    private final String footer;
    private PDPageContentStream out;
    private float y;
    private int pages;
    private final java.util.Map<Integer, Boolean> showable = new java.util.HashMap<>();

    public PageFlow(PdfA pdf, String footer) {
        this.pdf = pdf;
        this.font = pdf.font();
        this.footer = footer;
        newPage();
    }

    public float width() {
        return WIDTH;
    }

    public PageFlow heading(String text, float size) {
        room(size * 1.6f);
        y -= size * 1.3f;
        write(MARGIN, y, text, size, true);
        y -= size * 0.4f;
        return this;
    }

    /** A paragraph wrapped to the page width. */
    public PageFlow text(String text, float size) {
        for (String line : wrap(text == null ? "" : text, size, WIDTH)) {
            room(size * 1.35f);
            y -= size * 1.35f;
            write(MARGIN, y, line, size, false);
        }
        return this;
    }

    public PageFlow gap(float points) {
        y -= points;
        return this;
    }

    /** One table row; cells wrap within their column, the row is as tall as its tallest cell. */
    public PageFlow row(List<Column> columns, List<String> cells, float size, boolean bold) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            List<String> w = wrap(cell, size, columns.get(i).width() - 4);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        room(lines * size * 1.35f);
        for (int l = 0; l < lines; l++) {
            y -= size * 1.35f;
            float x = MARGIN;
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                List<String> w = wrapped.get(i);
                if (l < w.size()) {
                    String s = w.get(l);
                    float tx = c.right() ? x + c.width() - 4 - textWidth(s, size) : x;
                    write(tx, y, s, size, bold);
                }
                x += c.width();
            }
        }
        return this;
    }

    /** A thin horizontal rule across the page. */
    public PageFlow rule() {
        room(8);
        y -= 4;
        try {
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, y);
            out.lineTo(MARGIN + WIDTH, y);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 4;
        return this;
    }

    /** Text at a fixed place on the current page (e.g. an address block beside another). */
    public void at(float x, float fromTop, String text, float size) {
        write(x, PDRectangle.A4.getHeight() - fromTop, text, size, false);
    }

    /** Moves the flow down to {@code fromTop} points from the top edge if it is above that. */
    public PageFlow below(float fromTop) {
        y = Math.min(y, PDRectangle.A4.getHeight() - fromTop);
        return this;
    }

    public int pages() {
        return pages;
    }

    private void room(float needed) {
        if (y - needed < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.document().addPage(page);
            out = new PDPageContentStream(pdf.document(), page);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGIN;
            if (footer != null) {
                write(MARGIN, MARGIN - 20, footer + "  ·  side " + pages, 8, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(float x, float atY, String text, float size, boolean bold) {
        try {
            out.beginText();
            out.setFont(font, size);
            if (bold) {
                // Liberation Sans comes in one weight here: bold is drawn as filled and stroked glyphs.
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setLineWidth(size / 40f);
            } else {
                out.setRenderingMode(RenderingMode.FILL);
            }
            out.newLineAtOffset(x, atY);
            out.showText(clean(text));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textWidth(String s, float size) {
        try {
            return font.getStringWidth(clean(s)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (textWidth(candidate, size) <= width || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Characters the embedded font cannot show become '?', control characters (tabs) spaces. */
    private String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append('\n');
            } else if (Character.isISOControl(cp)) {
                b.append(' ');
            } else {
                b.append(showable.computeIfAbsent(cp, this::canShow) ? new String(Character.toChars(cp)) : "?");
            }
        });
        return b.toString();
    }

    /** Ends the last page; safe to call twice. */
    private boolean canShow(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
