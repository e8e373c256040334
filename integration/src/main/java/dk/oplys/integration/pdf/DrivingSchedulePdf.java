package dk.oplys.integration.pdf;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/** Renders a {@link DrivingScheduleDocument} as a PDF/A-2b file, in Danish. */
public final class DrivingSchedulePdf {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", DA);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", DA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<PageFlow.Column> PICKUPS = List.of(PageFlow.Column.left(110), PageFlow.Column.left(150),
            PageFlow.Column.left(90), PageFlow.Column.left(45), PageFlow.Column.left(88));

    private DrivingSchedulePdf() {
    }

    public static byte[] render(DrivingScheduleDocument d) {
        try (PdfA pdf = new PdfA(); PageFlow page = new PageFlow(pdf, d.schoolName() + "  ·  Kørselsplan, version "
                + d.version())) {
            page.heading("Kørselsplan", 18);
            page.text(d.courseTitle(), 12);
            page.text("Kursussted: " + d.venue(), 10);
            page.text("Vognmand: " + d.haulierName(), 10);
            page.text("Version " + d.version() + " af " + STAMP.format(d.versionCreatedAt().atZone(DANISH)), 10);
            if (!d.changes().isEmpty()) {
                page.gap(4).text("Ændringer: " + String.join(" ", d.changes()), 9);
            }
            for (DrivingScheduleDocument.Run r : d.runs()) {
                page.gap(10).heading(DAY.format(r.date()) + ": afhentning fra kl. " + TIME.format(r.pickupFrom())
                        + ", undervisning kl. " + TIME.format(r.lessonStart()) + "–" + TIME.format(r.lessonEnd()), 10);
                if (r.pickups().isEmpty()) {
                    page.text("Ingen passagerer.", 9);
                    continue;
                }
                page.row(PICKUPS, List.of("Navn", "Afhentningsadresse", "Hjælpemiddel", "Ledsager", "Telefon"), 9, true)
                        .rule();
                for (DrivingScheduleDocument.Pickup p : r.pickups()) {
                    page.row(PICKUPS, List.of(p.name(), p.address(), p.mobilityAid() == null ? "" : p.mobilityAid(),
                            p.companion() ? "ja" : "nej", p.phone() == null ? "" : p.phone()), 9, false);
                    if (p.notes() != null && !p.notes().isBlank()) {
                        page.text("   Besked: " + p.notes(), 8);
                    }
                }
            }
            page.gap(14).text("Oplysningerne må kun bruges til kørslen, efter databehandleraftalen med skolen. "
                    + "Spørgsmål: " + d.schoolName() + ", " + d.schoolContact() + ".", 8);
            page.close();
            return pdf.finish("Kørselsplan: " + d.courseTitle() + " (version " + d.version() + ")",
                    "Kørselsplan fra " + d.schoolName(), GregorianCalendar.from(d.versionCreatedAt().atZone(DANISH)));
        }
    }
}
