package dk.oplys.integration.report;

import dk.oplys.integration.pdf.PageFlow;
import dk.oplys.integration.pdf.PdfA;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

/**
 * The report as a PDF/A-2b document for municipalities that take files: a cover block, then each
 * section as a table (refusion grouped by the municipality it is claimed from). Name and address
 * share a column so the table fits an A4 page.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static byte[] render(ReportHeader h, List<Section> sections, Rows rows) {
        try (PdfA pdf = new PdfA();
             PageFlow page = new PageFlow(pdf, h.schoolName() + "  ·  indberetning " + h.reportId() + " v" + h.version())) {
            boolean claim = sections.size() == 1 && !sections.get(0).perYear();
            page.heading(claim ? "Krav om refusion: " + sections.get(0).title()
                    : "Indberetning efter folkeoplysningslovens § 43", 15);
            page.text(h.schoolName() + ", CVR-nr. " + h.schoolCvr(), 10);
            page.text("Til " + h.municipalityName() + " Kommune (" + h.municipalityCode() + ")", 10);
            page.text("Periode: " + h.periodFrom() + " til " + h.periodTo() + ". Indberetning " + h.reportId()
                    + ", version " + h.version() + ".", 10);
            page.text(claim ? "Lektioner à 45 minutter i perioden."
                    : "Deltagertimer er opgjort i lektioner à 45 minutter og fordelt på kalenderår.", 8);
            for (Section s : sections) {
                page.gap(14).heading(s.title(), 12);
                page.text("Hjemmel: " + s.legalBasis(), 8);
                List<String> labels = new ArrayList<>();
                List<PageFlow.Column> cols = new ArrayList<>();
                List<String> names = new ArrayList<>();
                layout(s, labels, cols, names, page.width());
                page.gap(4).row(cols, labels, 7, true).rule();
                String[] open = {null};
                rows.forEach(s, r -> {
                    if (s.grouped() && !Objects.equals(open[0], r.group())) {
                        page.gap(4).text(s.name().equals("refusion")
                                ? "Fra " + (r.groupName() == null ? "" : r.groupName()) + " Kommune (" + r.group() + ")"
                                : (r.groupName() == null ? r.group() : r.groupName()), 9);
                        open[0] = r.group();
                    }
                    page.row(cols, values(r, names), 7, false);
                });
            }
            page.close();
            GregorianCalendar created = GregorianCalendar.from(h.createdAt().atZone(ZoneOffset.UTC));
            return pdf.finish("Indberetning " + h.reportId() + " v" + h.version(),
                    "Indberetning til " + h.municipalityName() + " Kommune", created);
        }
    }

    /** Columns: the year, then the section's own (name and address merged). Widths share the page. */
    private static void layout(Section s, List<String> labels, List<PageFlow.Column> cols, List<String> names,
                               float width) {
        if (s.perYear()) {
            labels.add("År");
            names.add("#year");
        }
        for (Section.Column c : s.columns()) {
            if (c.name().equals("address")) {
                continue; // printed under the name
            }
            labels.add(c.name().equals("name") && s.columns().stream().anyMatch(x -> x.name().equals("address"))
                    ? "Navn og adresse" : c.label());
            names.add(c.name());
        }
        float year = 28;
        float wide = 120;
        float rest = (width - (s.perYear() ? year : 0) - wide) / Math.max(1, names.size() - (s.perYear() ? 2 : 1));
        for (String n : names) {
            cols.add(n.equals("#year") ? PageFlow.Column.left(year)
                    : n.equals("name") ? PageFlow.Column.left(wide)
                    : n.equals("participantHours") ? PageFlow.Column.right(rest) : PageFlow.Column.left(rest));
        }
    }

    private static List<String> values(Row r, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.equals("#year")) {
                out.add(Integer.toString(r.calendarYear()));
                continue;
            }
            String v = "";
            for (Cell c : r.cells()) {
                if (c.name().equals(n)) {
                    v = String.valueOf(c.value());
                }
            }
            if (n.equals("name")) {
                for (Cell c : r.cells()) {
                    if (c.value() instanceof Cell.PostalAddress a) {
                        v = v + ", " + a.oneLine();
                    }
                }
            }
            out.add(v);
        }
        return out;
    }
}
