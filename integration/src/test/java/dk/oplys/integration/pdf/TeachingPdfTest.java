package dk.oplys.integration.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.integration.testing.PdfAValidator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeachingPdfTest {

    @Test
    void protocolIsPdfA2bWithLessonsUnitsAttendanceAndSignOffs() throws Exception {
        List<ProtocolDocument.LessonRow> lessons = new ArrayList<>();
        for (int i = 0; i < 30; i++) { // enough to flow onto a second page
            lessons.add(new ProtocolDocument.LessonRow(LocalDate.of(2026, 9, 1).plusWeeks(i), LocalTime.of(19, 0),
                    LocalTime.of(21, 15), new BigDecimal("3.00"), List.of("Søren Ødegård", "Åse Æbelø"), List.of("Bo Berg"),
                    List.of(), i == 0 ? "Lars Lærer" : null, i == 0 ? Instant.parse("2026-09-01T19:30:00Z") : null));
        }
        byte[] pdf = ProtocolPdf.render(new ProtocolDocument("Aftenskolen Ærø", "Skolegade 1, 5970 Ærøskøbing",
                "Keramik for begyndere", "Undervisning", "Skjern Skole, Skolegade 1, 6900 Skjern", List.of("Lars Lærer"),
                List.of("Bo Berg", "Søren Ødegård", "Åse Æbelø"), lessons,
                List.of(new ProtocolDocument.Correction(LocalDate.of(2026, 9, 1), "Bo Berg", "fraværende → til stede",
                        "kom efter pausen", "laerer", Instant.parse("2026-09-02T08:00:00Z"))),
                Instant.parse("2026-12-01T10:00:00Z")));
        assertEquals(List.of(), PdfAValidator.failures(pdf));
        String text = InvoicePdfTest.text(pdf);
        for (String expected : List.of("Mødeprotokol", "Aftenskolen Ærø", "Keramik for begyndere", "Lars Lærer",
                "tirsdag 1. september 2026, kl. 19:00–21:15, 3,00 lektioner", "Søren Ødegård", "Fraværende (1): Bo Berg",
                "Underskrevet af Lars Lærer", "Ikke underskrevet", "lektioner i alt: 90,00", "kom efter pausen")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void meetingCardIsPdfA2bWithVenueLessonsTeacherAndContact() throws Exception {
        byte[] pdf = MeetingCardPdf.render(new MeetingCardDocument("Åse Æbelø", "Guitar for voksne", "Skjern Skole",
                "Skolegade 1, 6900 Skjern", List.of(new MeetingCardDocument.LessonTime(LocalDate.of(2026, 9, 1),
                        LocalTime.of(17, 0), LocalTime.of(17, 45))), List.of("Lars Lærer"), "Aftenskolen Ærø",
                "kontor@aeroe.example, tlf. 62000000", LocalDate.of(2026, 8, 1)));
        assertEquals(List.of(), PdfAValidator.failures(pdf));
        String text = InvoicePdfTest.text(pdf);
        for (String expected : List.of("Mødekort", "Åse Æbelø", "Guitar for voksne", "Skolegade 1, 6900 Skjern",
                "tirsdag 1. september 2026", "kl. 17:00–17:45", "Lars Lærer", "kontor@aeroe.example, tlf. 62000000")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void drivingScheduleIsPdfA2bWithPickupsAndChanges() throws Exception {
        List<DrivingScheduleDocument.Run> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runs.add(new DrivingScheduleDocument.Run(LocalDate.of(2026, 9, 2).plusWeeks(i), LocalTime.of(9, 15),
                    LocalTime.of(10, 0), LocalTime.of(11, 30), List.of(
                    new DrivingScheduleDocument.Pickup("Kirsten Kjær", "Lærkevej 3, 7400 Herning", "Kørestol", true,
                            "30112233", "Ring på hos naboen"),
                    new DrivingScheduleDocument.Pickup("Lars Lund", "Åbrinken 14, 7400 Herning", null, false, null, null))));
        }
        byte[] pdf = DrivingSchedulePdf.render(new DrivingScheduleDocument("Aftenskolen Ærø", "kontor@aeroe.example",
                "Vestjysk Handicapkørsel", "Musik og bevægelse", "Herning Aktivitetshus, Fredhøjvej 2, 7400 Herning", 3,
                Instant.parse("2026-09-01T08:00:00Z"), List.of("Ny passager: Lars Lund."), runs));
        assertEquals(List.of(), PdfAValidator.failures(pdf));
        String text = InvoicePdfTest.text(pdf);
        for (String expected : List.of("Kørselsplan", "Version 3", "Vestjysk Handicapkørsel", "Kirsten Kjær",
                "Lærkevej 3, 7400 Herning", "Kørestol", "30112233", "Ring på hos naboen", "afhentning fra kl. 09:15",
                "Ny passager: Lars Lund.")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }
}
