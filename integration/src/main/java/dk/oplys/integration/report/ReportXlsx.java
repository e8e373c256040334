package dk.oplys.integration.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report as an Excel workbook (Apache POI's streaming writer: only a window of rows is held in
 * memory), one sheet per section: a few lines naming the report, then a header row of the
 * section's column labels and one row per participant, course and calendar year.
 */
public final class ReportXlsx {

    /** Label of the calendar-year column (structural, not personal data). */
    public static final String YEAR_LABEL = "Kalenderår";
    /** Rows above the header row: report id, school, municipality, period, legal basis, blank. */
    public static final int HEADER_ROW = 6;

    private ReportXlsx() {
    }

    public static void write(ReportHeader h, List<Section> sections, Rows rows, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            book.setCompressTempFiles(true);
            CellStyle bold = book.createCellStyle();
            Font f = book.createFont();
            f.setBold(true);
            bold.setFont(f);
            for (Section s : sections) {
                Sheet sheet = book.createSheet(s.title());
                text(sheet.createRow(0), 0, "Indberetning " + h.reportId() + ", version " + h.version(), bold);
                text(sheet.createRow(1), 0, h.schoolName() + " (CVR " + h.schoolCvr() + ")", null);
                text(sheet.createRow(2), 0, "Tilskudskommune: " + h.municipalityCode() + " " + h.municipalityName(), null);
                text(sheet.createRow(3), 0, "Periode: " + h.periodFrom() + " til " + h.periodTo(), null);
                text(sheet.createRow(4), 0, "Hjemmel: " + s.legalBasis(), null);
                Row head = sheet.createRow(HEADER_ROW);
                int first = s.perYear() ? 1 : 0;
                if (s.perYear()) {
                    text(head, 0, YEAR_LABEL, bold);
                }
                for (int i = 0; i < s.columns().size(); i++) {
                    text(head, i + first, s.columns().get(i).label(), bold);
                }
                int[] next = {HEADER_ROW + 1};
                rows.forEach(s, r -> {
                    Row row = sheet.createRow(next[0]++);
                    if (s.perYear()) {
                        row.createCell(0).setCellValue(r.calendarYear());
                    }
                    for (dk.oplys.integration.report.Cell c : r.cells()) {
                        int col = column(s, c.name());
                        Object v = c.value();
                        String value = v instanceof dk.oplys.integration.report.Cell.PostalAddress a ? a.oneLine()
                                : String.valueOf(v);
                        text(row, col + first, value, null);
                    }
                });
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int column(Section s, String name) {
        for (int i = 0; i < s.columns().size(); i++) {
            if (s.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("a row carries a cell its section does not declare: " + name);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
