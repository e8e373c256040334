package dk.oplys.core.application.reporting;

import dk.oplys.core.disclosure.Field;
import dk.oplys.core.disclosure.Recipient;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.reporting.ReportLine;
import dk.oplys.core.domain.reporting.ReportSection;
import dk.oplys.integration.report.Cell;
import dk.oplys.integration.report.Row;
import dk.oplys.integration.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place a report line becomes an outgoing record. Each section belongs to a
 * {@link Recipient}; its columns are the recipient's declared fields (in the order below), and a
 * row asks only for those: a field the declaration does not list is never read, so it cannot be
 * sent. XML, JSON, workbook and PDF are all written from these rows.
 */
public final class ReportPolicy {

    /** The report fields in payload order (the XSD's sequence). */
    static final List<Field> ORDER = List.of(Field.NAME, Field.ADDRESS, Field.BIRTH_DATE, Field.CPR,
            Field.HJEMSTEDSKOMMUNE, Field.BETALINGSKOMMUNE, Field.COURSE, Field.ACTIVITY_KIND, Field.PARTICIPANT_HOURS);

    /** The reduced-fee claim's fields in payload order. */
    static final List<Field> CLAIM_ORDER = List.of(Field.NAME, Field.ADDRESS, Field.COURSE, Field.LESSONS,
            Field.REDUCED_FEE_GROUP, Field.REDUCED_FEE_AMOUNT, Field.DECLARATION);

    private static final Map<Field, String> LABELS = Map.ofEntries(
            Map.entry(Field.NAME, "Navn"),
            Map.entry(Field.ADDRESS, "Adresse"),
            Map.entry(Field.BIRTH_DATE, "Fødselsdato"),
            Map.entry(Field.CPR, "CPR-nummer"),
            Map.entry(Field.HJEMSTEDSKOMMUNE, "Hjemstedskommune"),
            Map.entry(Field.BETALINGSKOMMUNE, "Betalingskommune"),
            Map.entry(Field.COURSE, "Kursus"),
            Map.entry(Field.ACTIVITY_KIND, "Aktivitetsform"),
            Map.entry(Field.PARTICIPANT_HOURS, "Deltagertimer (lektioner à 45 min.)"),
            Map.entry(Field.LESSONS, "Lektioner"),
            Map.entry(Field.REDUCED_FEE_GROUP, "Gruppe"),
            Map.entry(Field.REDUCED_FEE_AMOUNT, "Beløb"),
            Map.entry(Field.DECLARATION, "Tro og love-erklæring"));

    private ReportPolicy() {
    }

    public static Recipient recipient(ReportSection s) {
        return switch (s) {
            case SUBSIDY -> Recipient.MUNICIPALITY_SUBSIDY;
            case REFUSION -> Recipient.MUNICIPALITY_REFUSION;
        };
    }

    /** The section's columns: the recipient's declared fields that a report has, in payload order. */
    public static List<Field> columns(ReportSection s) {
        Set<Field> allowed = recipient(s).fields();
        return ORDER.stream().filter(allowed::contains).toList();
    }

    /** A field's name in payloads: BIRTH_DATE is {@code birthDate}. */
    public static String payloadName(Field f) {
        String[] parts = f.name().toLowerCase().split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    public static String label(Field f) {
        return LABELS.get(f);
    }

    public static Section section(ReportSection s) {
        List<Section.Column> cols = columns(s).stream().map(f -> new Section.Column(payloadName(f), label(f))).toList();
        return switch (s) {
            case SUBSIDY -> new Section("subsidy", "Tilskud (§ 43, stk. 5)", recipient(s).legalBasis(), cols, false, true);
            case REFUSION -> new Section("refusion", "Mellemkommunal refusion", recipient(s).legalBasis(), cols, true, true);
        };
    }

    /** The reduced-fee claim's columns: {@link Recipient#MUNICIPALITY_REDUCED_FEE}'s declared fields. */
    public static List<Field> claimColumns() {
        Set<Field> allowed = Recipient.MUNICIPALITY_REDUCED_FEE.fields();
        return CLAIM_ORDER.stream().filter(allowed::contains).toList();
    }

    public static Section claimSection() {
        return new Section("reducedFee", "Nedsat deltagerbetaling (§ 8a)", Recipient.MUNICIPALITY_REDUCED_FEE.legalBasis(),
                claimColumns().stream().map(f -> new Section.Column(payloadName(f), label(f))).toList(), true, false);
    }

    /**
     * A claim row: only the declared fields are asked of {@code source}.
     *
     * @param sent collects the fields actually written, for the disclosure log
     */
    static Row claimRow(java.util.function.Function<Field, Object> source, String group, String groupName,
                        Set<Field> sent) {
        List<Cell> cells = new ArrayList<>();
        for (Field f : claimColumns()) {
            Object value = source.apply(f);
            if (value != null) {
                cells.add(new Cell(payloadName(f), label(f), value));
                sent.add(f);
            }
        }
        return new Row(0, group, groupName, cells);
    }

    /**
     * The row for one line. {@code cpr} is asked only for a refusion line marked for CPR (the
     * rules required it, not a lecture, the participant has one) and may answer null.
     *
     * @param sent collects the fields actually written, for the disclosure log
     */
    static Row row(ReportSection s, ReportLine line, Participant p, String courseTitle,
                   Function<Participant, String> cpr, Map<String, String> municipalityNames, Set<Field> sent) {
        List<Cell> cells = new ArrayList<>();
        for (Field f : columns(s)) {
            Object value = switch (f) {
                case NAME -> p.firstName() + " " + p.lastName();
                case ADDRESS -> new Cell.PostalAddress(p.address().street(), p.address().postcode(), p.address().city());
                case BIRTH_DATE -> p.birthDate().toString();
                case CPR -> line.cprIncluded() ? cpr.apply(p) : null;
                case HJEMSTEDSKOMMUNE -> p.hjemstedskommune();
                case BETALINGSKOMMUNE -> p.betalingskommune().orElse(null);
                case COURSE -> courseTitle;
                case ACTIVITY_KIND -> line.activityKind().name();
                case PARTICIPANT_HOURS -> line.lessons().toPlainString();
                default -> throw new IllegalStateException("no report source for " + f);
            };
            if (value != null) {
                cells.add(new Cell(payloadName(f), label(f), value));
                sent.add(f);
            }
        }
        String group = s == ReportSection.REFUSION ? line.refusionFrom().orElse(null) : null;
        return new Row(line.calendarYear(), group, group == null ? null : municipalityNames.get(group), cells);
    }
}
