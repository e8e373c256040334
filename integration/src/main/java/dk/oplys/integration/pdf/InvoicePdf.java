package dk.oplys.integration.pdf;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/** Renders an {@link InvoiceDocument} as a one-page (or longer) PDF/A-2b file, in Danish. */
public final class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final List<PageFlow.Column> LINES = List.of(PageFlow.Column.left(360), PageFlow.Column.right(123));

    private InvoicePdf() {
    }

    public static byte[] render(InvoiceDocument d) {
        String kind = d.creditNote() ? "Kreditnota" : "Faktura";
        try (PdfA pdf = new PdfA(); PageFlow page = new PageFlow(pdf, d.school().name() + "  ·  CVR " + d.schoolCvr())) {
            // Sender, top left; document facts, top right.
            page.heading(d.school().name(), 14);
            page.text(d.school().street() + ", " + d.school().postcode() + " " + d.school().city(), 9);
            page.text("CVR-nr. " + d.schoolCvr(), 9);
            if (d.schoolContact() != null) {
                page.text(d.schoolContact(), 9);
            }
            float right = PageFlow.MARGIN + 330;
            page.at(right, 70, kind + " nr. " + d.number(), 11);
            page.at(right, 86, "Dato: " + DATE.format(d.issueDate()), 9);
            if (d.dueDate() != null) {
                page.at(right, 99, "Forfaldsdato: " + DATE.format(d.dueDate()), 9);
            }
            if (d.creditsNumber() != null) {
                page.at(right, 112, "Krediterer faktura nr. " + d.creditsNumber(), 9);
            }

            page.below(150).gap(6);
            page.text(d.payer().name(), 11);
            page.text(d.payer().street(), 11);
            page.text(d.payer().postcode() + " " + d.payer().city(), 11);
            if (d.payerCvr() != null) {
                page.text("CVR-nr. " + d.payerCvr(), 9);
            }

            page.gap(24).heading(kind, 18).gap(4);
            page.text("Kursus: " + d.courseTitle(), 10);
            if (d.courseDates() != null) {
                page.text(d.courseDates(), 9);
            }
            page.gap(10).row(LINES, List.of("Tekst", "Beløb"), 10, true).rule();
            for (InvoiceDocument.Line line : d.lines()) {
                page.row(LINES, List.of(line.text(), kroner(line.amountOre())), 10, false);
            }
            page.rule().row(LINES, List.of(d.creditNote() ? "Krediteret i alt" : "I alt at betale", kroner(d.totalOre())),
                    11, true);
            page.text("Kursusgebyret er fritaget for moms.", 8);
            if (d.reductionNote() != null) {
                page.gap(8).text(d.reductionNote(), 9);
            }
            if (!d.creditNote()) {
                page.gap(16).heading("Betaling", 11);
                page.text("Betalingsreference: " + d.paymentReference(), 10);
                if (d.paymentNote() != null) {
                    page.text(d.paymentNote(), 9);
                }
            }
            page.close();
            GregorianCalendar created = GregorianCalendar.from(d.issueDate().atTime(LocalTime.NOON).atZone(ZoneOffset.UTC));
            return pdf.finish(kind + " " + d.number(), kind + " fra " + d.school().name(), created);
        }
    }

    /** 1234567 øre as "12.345,67 kr." (Danish grouping and decimal comma). */
    public static String kroner(long ore) {
        String sign = ore < 0 ? "-" : "";
        long abs = Math.abs(ore);
        return sign + String.format(Locale.forLanguageTag("da"), "%,d,%02d kr.", abs / 100, abs % 100);
    }
}
