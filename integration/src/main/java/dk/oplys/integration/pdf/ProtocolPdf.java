package dk.oplys.integration.pdf;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/** Renders a {@link ProtocolDocument} as a PDF/A-2b file, in Danish. */
public final class ProtocolPdf {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", DA);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", DA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ProtocolPdf() {
    }

    public static byte[] render(ProtocolDocument d) {
        try (PdfA pdf = new PdfA(); PageFlow page = new PageFlow(pdf, d.schoolName() + "  ·  Mødeprotokol")) {
            page.heading("Mødeprotokol", 18);
            page.text(d.schoolName() + ", " + d.schoolAddress(), 9);
            page.gap(8).heading(d.courseTitle(), 13);
            page.text("Aktivitet: " + d.activityKind(), 10);
            page.text("Sted: " + d.venue(), 10);
            page.text("Underviser: " + String.join(", ", d.teachers()), 10);
            BigDecimal total = d.lessons().stream().map(ProtocolDocument.LessonRow::units)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            page.text("Gange: " + d.lessons().size() + ", lektioner i alt: " + units(total) + " (1 lektion = 45 minutter)",
                    10);
            page.text("Deltagere (" + d.participants().size() + "): " + String.join(", ", d.participants()), 10);

            for (ProtocolDocument.LessonRow l : d.lessons()) {
                page.gap(10).heading(DAY.format(l.date()) + ", kl. " + TIME.format(l.start()) + "–" + TIME.format(l.end())
                        + ", " + units(l.units()) + " lektioner", 10);
                page.text("Til stede (" + l.present().size() + "): " + names(l.present()), 9);
                if (!l.absent().isEmpty()) {
                    page.text("Fraværende (" + l.absent().size() + "): " + names(l.absent()), 9);
                }
                if (!l.unmarked().isEmpty()) {
                    page.text("Ikke registreret (" + l.unmarked().size() + "): " + names(l.unmarked()), 9);
                }
                page.text(l.signedBy() == null ? "Ikke underskrevet."
                        : "Underskrevet af " + l.signedBy() + " den " + STAMP.format(l.signedAt().atZone(DANISH)) + ".", 9);
            }
            if (!d.corrections().isEmpty()) {
                page.gap(14).heading("Rettelser efter underskrift", 11);
                for (ProtocolDocument.Correction c : d.corrections()) {
                    page.text(DAY.format(c.lessonDate()) + ": " + c.participant() + " " + c.change() + ". Begrundelse: "
                            + c.reason() + " (" + c.by() + ", " + STAMP.format(c.at().atZone(DANISH)) + ")", 9);
                }
            }
            page.gap(14).text("Udskrevet " + STAMP.format(d.printedAt().atZone(DANISH)) + ".", 8);
            page.close();
            return pdf.finish("Mødeprotokol: " + d.courseTitle(), "Mødeprotokol fra " + d.schoolName(),
                    GregorianCalendar.from(d.printedAt().atZone(DANISH)));
        }
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "ingen" : String.join(", ", names);
    }

    static String units(BigDecimal units) {
        return String.format(DA, "%.2f", units);
    }
}
