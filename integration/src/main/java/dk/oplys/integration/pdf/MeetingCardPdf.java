package dk.oplys.integration.pdf;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/** Renders a {@link MeetingCardDocument} as a PDF/A-2b file, in Danish. */
public final class MeetingCardPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy",
            Locale.forLanguageTag("da"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<PageFlow.Column> LESSONS = List.of(PageFlow.Column.left(40), PageFlow.Column.left(250),
            PageFlow.Column.left(150));

    private MeetingCardPdf() {
    }

    public static byte[] render(MeetingCardDocument d) {
        try (PdfA pdf = new PdfA(); PageFlow page = new PageFlow(pdf, d.schoolName() + "  ·  Mødekort")) {
            page.heading("Mødekort", 18);
            page.text(d.participantName(), 11);
            page.gap(8).heading(d.courseTitle(), 14);
            page.text("Sted: " + d.venueName(), 10);
            page.text(d.venueAddress(), 10);
            page.text("Underviser: " + (d.teachers().isEmpty() ? "oplyses senere" : String.join(", ", d.teachers())), 10);
            page.gap(10).row(LESSONS, List.of("Nr.", "Dato", "Tid"), 10, true).rule();
            int n = 1;
            for (MeetingCardDocument.LessonTime l : d.lessons()) {
                page.row(LESSONS, List.of(String.valueOf(n++), DAY.format(l.date()),
                        "kl. " + TIME.format(l.start()) + "–" + TIME.format(l.end())), 10, false);
            }
            page.gap(16).heading("Spørgsmål og afbud", 11);
            page.text(d.schoolName(), 10);
            page.text(d.schoolContact(), 10);
            page.close();
            return pdf.finish("Mødekort: " + d.courseTitle(), "Mødekort fra " + d.schoolName(),
                    GregorianCalendar.from(d.issued().atTime(LocalTime.NOON).atZone(ZoneOffset.UTC)));
        }
    }
}
