package dk.oplys.core.retention;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.disclosure.Field;
import dk.oplys.core.disclosure.Recipient;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.pdf.TableDocument;
import dk.oplys.integration.pdf.TablePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Month;
import java.time.Period;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The school's public privacy notice (persondatapolitik), in Danish, generated from the rules in
 * force and the declared recipients: what is kept, why, for how long, and who receives what. A
 * changed rule changes the notice; there is no second text to forget.
 */
@ApplicationScoped
public class PrivacyNotice {

    private static final Locale DA = Locale.forLanguageTag("da");

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private RetentionRules rules;

    @Inject
    private AppClock clock;

    /** The notice; {@code kinds} lists every rule, {@code recipients} every declared recipient. */
    public record Notice(String school, String address, String cvr, String email, String phone, List<Item> kinds,
                         List<Receiver> recipients, List<String> rights, String updated) {
    }

    /** One kind of data: what, why (legal basis), how long (in words), and what happens then. */
    public record Item(String dataKind, String what, String why, String howLong) {
    }

    public record Receiver(String recipient, String what, String why) {
    }

    public Notice of(long schoolId) {
        School s = em.find(School.class, schoolId);
        if (s == null) {
            throw DomainException.notFound("school");
        }
        List<Item> items = new ArrayList<>();
        java.time.Instant updated = null;
        for (RetentionRule r : rules.effective(schoolId)) {
            items.add(new Item(r.dataKind(), r.description(), r.legalBasis(), howLong(r, s.fiscalYearStartMonth())));
            updated = updated == null || r.updatedAt().isAfter(updated) ? r.updatedAt() : updated;
        }
        List<Receiver> receivers = new ArrayList<>();
        for (Recipient r : Recipient.values()) {
            if (r != Recipient.DATA_SUBJECT) {
                receivers.add(new Receiver(recipientName(r), r.fields().stream().sorted().map(PrivacyNotice::fieldName)
                        .collect(Collectors.joining(", ")), r.legalBasis()));
            }
        }
        List<String> rights = List.of(
                "Indsigt: du kan se alle oplysninger, vi har om dig, også hvem der har fået dem og hvornår personalet har slået dem op.",
                "Berigtigelse: er noget forkert, retter vi det.",
                "Sletning: vi sletter straks det, loven tillader; det, vi skal gemme, gemmer vi kun så længe, reglerne ovenfor siger, og vi fortæller dig hvad, hvorfor og til hvornår.",
                "Dataportabilitet: du kan få dine oplysninger i et maskinlæsbart format (JSON).",
                "Indsigelse: du kan altid sige nej til nyhedsmail og anden markedsføring. Vi bruger ikke profilering.",
                "Du får svar senest en måned efter, vi har modtaget din henvendelse. Du kan bruge rettighederne på skolens "
                        + "hjemmeside med et engangslink til din e-mail-adresse, eller ved at ringe eller skrive til skolen.",
                "Du kan klage til Datatilsynet, www.datatilsynet.dk.");
        return new Notice(s.name(), s.street() + ", " + s.postcode() + " " + s.city(), s.cvr(), s.email(), s.phone(), items,
                receivers, rights, updated == null ? null : updated.atZone(AppClock.DANISH).toLocalDate().toString());
    }

    /** "5 år fra udgangen af det regnskabsår, hvor dit seneste kursus blev afsluttet, og slettes derefter". */
    static String howLong(RetentionRule r, int fiscalStartMonth) {
        String then = r.action() == RetentionAction.ANONYMISE ? "anonymiseres" : "slettes";
        Period p = r.period();
        String anchor = switch (r.anchor()) {
            case END_OF_FISCAL_YEAR_OF_LAST_COURSE -> "fra udgangen af det regnskabsår, hvor dit seneste kursus blev afsluttet"
                    + " (skolens regnskabsår begynder 1. " + Month.of(fiscalStartMonth).getDisplayName(TextStyle.FULL, DA) + ")";
            case COURSE_END -> "efter kursets sidste gang";
            case EVENT_END -> "efter arrangementets afslutning";
            case COURSE_START_OR_CANCELLED -> "efter kursets start (eller planlagte start, hvis det aflyses)";
            case CONSENT_WITHDRAWN -> "efter du har trukket dit samtykke tilbage";
            case RECORD_CREATED -> "fra oplysningerne blev registreret";
        };
        if (p.isZero()) {
            return r.anchor() == Anchor.CONSENT_WITHDRAWN
                    ? "Opbevares, indtil du trækker samtykket tilbage, og " + then + " så straks."
                    : (r.action() == RetentionAction.ANONYMISE ? "Anonymiseres" : "Slettes") + " straks " + anchor + ".";
        }
        return "Opbevares " + words(p) + " " + anchor + " og " + then + " derefter.";
    }

    static String words(Period p) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() > 0) {
            parts.add(p.getYears() + " år");
        }
        if (p.getMonths() > 0) {
            parts.add(p.getMonths() + (p.getMonths() == 1 ? " måned" : " måneder"));
        }
        if (p.getDays() > 0) {
            parts.add(p.getDays() + (p.getDays() == 1 ? " dag" : " dage"));
        }
        return String.join(" og ", parts);
    }

    private static String recipientName(Recipient r) {
        return switch (r) {
            case MUNICIPALITY_SUBSIDY -> "Tilskudskommunen (tilskud)";
            case MUNICIPALITY_REFUSION -> "Tilskudskommunen (mellemkommunal refusion)";
            case MUNICIPALITY_REDUCED_FEE -> "Kommunen (nedsat deltagerbetaling)";
            case PAYMENT_PROVIDER -> "Betalingsformidleren (kortbetaling)";
            case HAULIER -> "Vognmanden (kørsel)";
            case TEACHER -> "Holdets underviser";
            case DATA_SUBJECT -> "Dig selv";
        };
    }

    private static String fieldName(Field f) {
        return switch (f.name()) {
            case "NAME" -> "navn";
            case "ADDRESS" -> "adresse";
            case "BIRTH_DATE" -> "fødselsdato";
            case "CPR" -> "CPR-nr.";
            case "EMAIL" -> "e-mail";
            case "PHONE" -> "telefon";
            case "HJEMSTEDSKOMMUNE" -> "hjemstedskommune";
            case "BETALINGSKOMMUNE" -> "betalingskommune";
            case "COURSE" -> "kursus";
            case "ACTIVITY_KIND" -> "aktivitetsform";
            case "PARTICIPANT_HOURS" -> "deltagertimer";
            case "LESSONS" -> "lektioner";
            case "REDUCED_FEE_GROUP" -> "gruppe for nedsat betaling";
            case "REDUCED_FEE_AMOUNT" -> "nedsættelsens beløb";
            case "DECLARATION" -> "tro og love-erklæring";
            case "COURSE_FIELDS" -> "kursets egne felter";
            case "ATTENDANCE" -> "fremmøde";
            case "PICKUP_ADDRESS" -> "afhentningsadresse";
            case "PICKUP_TIME" -> "afhentningstid";
            case "MOBILITY_AID" -> "hjælpemiddel";
            case "COMPANION" -> "ledsager";
            case "TRANSPORT_NOTES" -> "bemærkninger til kørslen";
            case "PAYER_ID" -> "betaler-id";
            case "COURSE_ID" -> "kursus-id";
            case "AMOUNT" -> "beløb";
            default -> f.name().toLowerCase(DA).replace('_', ' ');
        };
    }

    /** The notice as PDF/A. */
    public byte[] pdf(long schoolId) {
        Notice n = of(schoolId);
        List<TableDocument.Section> sections = new ArrayList<>();
        sections.add(new TableDocument.Section("Hvilke oplysninger, hvorfor og hvor længe", null,
                List.of("Oplysninger", "Hjemmel", "Opbevaring"),
                n.kinds().stream().map(i -> List.of(i.what(), i.why(), i.howLong())).toList(), null));
        sections.add(new TableDocument.Section("Hvem modtager hvad", null, List.of("Modtager", "Oplysninger", "Hjemmel"),
                n.recipients().stream().map(r -> List.of(r.recipient(), r.what(), r.why())).toList(), null));
        sections.add(new TableDocument.Section("Dine rettigheder", null, List.of(),
                n.rights().stream().map(List::of).toList(), null));
        TableDocument doc = new TableDocument("Persondatapolitik for " + n.school(), "Persondatapolitik",
                List.of("Dataansvarlig: " + n.school() + ", " + n.address() + ", CVR " + n.cvr(),
                        "Kontakt: " + n.email() + (n.phone() == null ? "" : ", tlf. " + n.phone()),
                        "Dannet ud fra skolens gældende regler" + (n.updated() == null ? "." : ", senest ændret " + n.updated() + ".")),
                sections, n.school() + "  ·  CVR " + n.cvr());
        return TablePdf.render(doc, GregorianCalendar.from(clock.now().atZone(AppClock.DANISH)));
    }
}
