package dk.oplys.core.application.reporting;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.disclosure.DisclosureLog;
import dk.oplys.core.disclosure.Field;
import dk.oplys.core.disclosure.Recipient;
import dk.oplys.core.domain.invoice.ReducedFeeDeclaration;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import dk.oplys.core.domain.municipality.Municipality;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.reporting.MunicipalRule;
import dk.oplys.core.domain.reporting.ReducedFeeRate;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import dk.oplys.integration.pdf.InvoicePdf;
import dk.oplys.integration.report.Cell;
import dk.oplys.integration.report.ReportHeader;
import dk.oplys.integration.report.ReportJson;
import dk.oplys.integration.report.ReportPdf;
import dk.oplys.integration.report.ReportXlsx;
import dk.oplys.integration.report.Row;
import dk.oplys.integration.report.Section;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reduced-fee claim (§ 8a) to a municipality for a period: per qualifying group of its rules,
 * the participants who got the reduced fee on a tro og love-erklæring in the courses it
 * subsidises, their lessons in the period, the amount the rules let the school claim back, and the
 * declaration (text version, when, how). Written from {@link Recipient#MUNICIPALITY_REDUCED_FEE}'s
 * fields only; a download is logged as a disclosure.
 */
@Stateless
@RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class ReducedFeeClaimService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReportBuilder builder;

    @Inject
    private DisclosureLog disclosures;

    @Inject
    private AppClock clock;

    /** The claim in {@code format} (JSON, XLSX or PDF). */
    public ReportRenderer.Rendered claim(String municipality, LocalDate from, LocalDate to, ReportFormat format) {
        if (municipality == null || !municipality.matches("\\d{3}")) {
            throw new DomainException(ErrorCode.UNKNOWN_MUNICIPALITY, "municipality must be a 3-digit code", "municipality");
        }
        if (from == null || to == null || to.isBefore(from) || from.plusYears(2).isBefore(to)) {
            throw new DomainException(ErrorCode.REPORT_PERIOD_INVALID,
                    "from and to are required; the period must end after it starts and span at most two years", "to");
        }
        if (format == ReportFormat.XML) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the claim is written as json, xlsx or pdf", "format");
        }
        long schoolId = currentUser.schoolId();
        School school = em.find(School.class, schoolId);
        MunicipalRule rule = em.createQuery("SELECT r FROM MunicipalRule r WHERE r.schoolId = :s AND r.municipalityCode = :m",
                        MunicipalRule.class).setParameter("s", schoolId).setParameter("m", municipality).getResultList()
                .stream().filter(r -> r.overlaps(from, to)).max(Comparator.comparing(MunicipalRule::validFrom))
                .orElseThrow(() -> new DomainException(ErrorCode.MUNICIPAL_RULE_MISSING,
                        "the school has no rules for this municipality in this period", "municipality"));
        Map<String, ReducedFeeRate> rates = new java.util.HashMap<>();
        rule.reducedFees().forEach(r -> rates.put(r.groupCode(), r));
        ReportBuilder.Subsidised sub = builder.subsidised(school, municipality, from, to,
                builder.ruled(schoolId, from, to));

        record Claimed(ReducedFeeDeclaration d, long course, long participant, ReducedFeeRate rate) {
        }
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] o : em.createQuery("SELECT d, e.course.id, e.participant.id FROM ReducedFeeDeclaration d, "
                        + "Enrolment e WHERE e.id = d.enrolmentId AND d.schoolId = :s AND e.status = :st", Object[].class)
                .setParameter("s", schoolId).setParameter("st", EnrolmentStatus.CONFIRMED).getResultList()) {
            ReducedFeeDeclaration d = (ReducedFeeDeclaration) o[0];
            ReducedFeeRate rate = rates.get(d.group().code());
            if (sub.units().containsKey((Long) o[1]) && d.group().municipalityCode().equals(municipality) && rate != null) {
                claimed.add(new Claimed(d, (Long) o[1], (Long) o[2], rate));
            }
        }
        claimed.sort(Comparator.comparing((Claimed c) -> c.d().group().code()).thenComparing(Claimed::participant));

        Set<Field> sent = EnumSet.noneOf(Field.class);
        Set<Long> persons = new HashSet<>();
        Section section = ReportPolicy.claimSection();
        List<Row> rows = new ArrayList<>();
        for (Claimed c : claimed) {
            Participant p = em.find(Participant.class, c.participant());
            String title = em.createQuery("SELECT c.title FROM Course c WHERE c.id = :id", String.class)
                    .setParameter("id", c.course()).getSingleResult();
            BigDecimal lessons = sub.units().getOrDefault(c.course(), new TreeMap<>()).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(ReportPolicy.claimRow(f -> switch (f) {
                case NAME -> p.firstName() + " " + p.lastName();
                case ADDRESS -> new Cell.PostalAddress(p.address().street(), p.address().postcode(), p.address().city());
                case COURSE -> title;
                case LESSONS -> lessons.toPlainString();
                case REDUCED_FEE_GROUP -> c.d().group().name();
                case REDUCED_FEE_AMOUNT -> InvoicePdf.kroner(c.rate().amountOre());
                case DECLARATION -> "Tro og love-erklæring, tekst " + c.d().textVersion() + ", afgivet "
                        + DAY.format(c.d().declaredAt().atZone(AppClock.DANISH)) + " (" + c.d().form() + ")";
                default -> null;
            }, c.d().group().code(), c.d().group().name(), sent));
            persons.add(p.id());
        }
        Municipality m = em.find(Municipality.class, municipality);
        String key = "S" + schoolId + "-" + municipality + "-" + from + "-" + to + "-nedsat";
        ReportHeader h = new ReportHeader(key, 1, school.name(), school.cvr(), m.code(), m.name(), from, to, clock.now());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] content = switch (format) {
            case JSON -> {
                ReportJson.write(h, List.of(section), (s, sink) -> rows.forEach(sink), out);
                yield out.toByteArray();
            }
            case XLSX -> {
                ReportXlsx.write(h, List.of(section), (s, sink) -> rows.forEach(sink), out);
                yield out.toByteArray();
            }
            default -> ReportPdf.render(h, List.of(section), (s, sink) -> rows.forEach(sink));
        };
        if (!persons.isEmpty()) {
            disclosures.record(schoolId, Recipient.MUNICIPALITY_REDUCED_FEE, municipality, DisclosureChannel.FILE_DOWNLOAD,
                    sent, persons, key + " v1 " + format.name(), currentUser.actor(), Purpose.MUNICIPAL_REPORTING);
        }
        return new ReportRenderer.Rendered("nedsat-betaling-" + key + "." + format.extension(), format.contentType(),
                content);
    }
}
