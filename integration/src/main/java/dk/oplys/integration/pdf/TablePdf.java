package dk.oplys.integration.pdf;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/** Renders a {@link TableDocument} as PDF/A-2b (the same base as invoices), columns of equal width. */
public final class TablePdf {

    private TablePdf() {
    }

    public static byte[] render(TableDocument d, Calendar created) {
        try (PdfA pdf = new PdfA(); PageFlow page = new PageFlow(pdf, d.footer())) {
            page.heading(d.title(), 16);
            for (String line : d.lines()) {
                page.text(line, 9);
            }
            for (TableDocument.Section s : d.sections()) {
                page.gap(10).heading(s.title(), 12);
                if (s.intro() != null && !s.intro().isBlank()) {
                    page.text(s.intro(), 9).gap(2);
                }
                int n = s.headers().isEmpty() ? (s.rows().isEmpty() ? 1 : s.rows().get(0).size()) : s.headers().size();
                List<PageFlow.Column> columns = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    columns.add(PageFlow.Column.left(page.width() / n));
                }
                if (!s.headers().isEmpty() && !s.rows().isEmpty()) {
                    page.row(columns, s.headers(), 8.5f, true).rule();
                }
                if (s.rows().isEmpty() && s.empty() != null) {
                    page.text(s.empty(), 9);
                }
                for (List<String> row : s.rows()) {
                    page.row(columns, row, 8.5f, false);
                }
            }
            page.close();
            return pdf.finish(d.title(), d.subject(), created);
        }
    }
}
