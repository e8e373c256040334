package dk.oplys.core.dsr;

import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.pdf.TableDocument;
import dk.oplys.integration.pdf.TablePdf;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/** The access export as a PDF/A document for reading, in Danish. */
public final class SubjectReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. MMM yyyy HH:mm", Locale.forLanguageTag("da"));

    private SubjectReport() {
    }

    public static byte[] pdf(SubjectData d) {
        var p = d.person();
        List<TableDocument.Section> sections = new ArrayList<>();
        sections.add(new TableDocument.Section("Dine oplysninger", null, List.of(), List.of(
                List.of("Navn", p.firstName() + " " + p.lastName()),
                List.of("Adresse", p.street() + ", " + p.postcode() + " " + p.city()),
                List.of("Fødselsdato", day(p.birthDate())),
                List.of("CPR-nr.", p.cprHeld() ? "Registreret (vises ikke her af sikkerhedshensyn)" : "Ikke registreret"),
                List.of("E-mail", nz(p.email())),
                List.of("Telefon", nz(p.phone())),
                List.of("Hjemstedskommune", nz(p.hjemstedskommune())),
                List.of("Handlekommune / betalingskommune", nz(p.handlekommune()) + " / " + nz(p.betalingskommune())),
                List.of("Registreret", time(p.registeredAt()))), null));
        sections.add(new TableDocument.Section("Samtykker", null, List.of("Formål", "Tekst", "Givet", "Trukket tilbage"),
                d.consents().stream().map(c -> List.of(c.purpose(), c.textVersion() + " (" + c.form() + ")", time(c.givenAt()),
                        time(c.withdrawnAt()))).toList(), "Ingen samtykker."));
        if (d.supplementaryInfo() != null) {
            sections.add(new TableDocument.Section("Supplerende oplysninger", d.supplementaryInfo(), List.of(), List.of(), null));
        }
        sections.add(new TableDocument.Section("Tilmeldinger", null, List.of("Hold", "Status", "Tilmeldt", "Første / sidste gang"),
                d.enrolments().stream().map(e -> List.of(e.course(), e.status() + " (" + e.channel() + ")", time(e.enrolledAt()),
                        day(e.firstLesson()) + " / " + day(e.lastLesson()))).toList(), "Ingen tilmeldinger."));
        sections.add(new TableDocument.Section("Fakturaer og kreditnotaer", null, List.of("Nummer", "Dato", "Beløb", "Status"),
                d.invoices().stream().map(i -> List.of(i.number() + " (" + i.kind() + ")", day(i.issueDate()),
                        String.format(Locale.forLanguageTag("da"), "%,.2f kr.", i.totalOre() / 100.0), i.status())).toList(),
                "Ingen fakturaer."));
        sections.add(new TableDocument.Section("Videregivelser", "Hvem der har modtaget hvilke af dine oplysninger, hvornår og "
                + "med hvilken hjemmel.", List.of("Tidspunkt", "Modtager", "Oplysninger", "Hjemmel"),
                d.disclosures().stream().map(x -> List.of(time(x.at()), x.recipient() + " " + x.recipientRef(), x.fields(),
                        x.legalBasis())).toList(), "Ingen videregivelser."));
        sections.add(new TableDocument.Section("Opslag foretaget af skolens personale", "Hvornår og til hvilket formål "
                + "personalet har set eller ændret dine oplysninger (ikke hvem).", List.of("Tidspunkt", "Handling", "Formål"),
                d.staffLookups().stream().map(l -> List.of(time(l.at()), l.action(), l.purpose())).toList(), "Ingen opslag."));
        sections.add(new TableDocument.Section("Dine henvendelser", null, List.of("Type", "Modtaget", "Frist", "Besvaret"),
                d.requests().stream().map(r -> List.of(r.kind() + " (" + r.channel() + ")", time(r.receivedAt()), day(r.deadline()),
                        time(r.answeredAt()))).toList(), "Ingen."));
        sections.add(new TableDocument.Section("Hvor længe vi opbevarer oplysningerne", null, List.of(), List.of(
                List.of("Regel", d.retention().rule()), List.of("Hjemmel", d.retention().legalBasis()),
                List.of("Opbevares til og med", day(d.retention().keptUntil()))), null));
        TableDocument doc = new TableDocument("Indsigt: dine oplysninger hos " + d.school(), "Indsigt efter "
                + "databeskyttelsesforordningen artikel 15", List.of("Dannet " + time(d.generatedAt()) + ".",
                "Samme oplysninger findes maskinlæsbart som JSON (dataportabilitet)."), sections,
                d.school() + "  ·  CVR " + d.schoolCvr());
        return TablePdf.render(doc, GregorianCalendar.from(d.generatedAt().atZone(AppClock.DANISH)));
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    private static String day(LocalDate d) {
        return d == null ? "-" : DAY.format(d);
    }

    private static String time(Instant t) {
        return t == null ? "-" : TIME.format(t.atZone(AppClock.DANISH));
    }
}
