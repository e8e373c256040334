package dk.oplys.core.application.reporting;

import dk.oplys.core.audit.Purpose;
import dk.oplys.core.crypto.CprProtector;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.disclosure.DisclosureLog;
import dk.oplys.core.disclosure.Field;
import dk.oplys.core.domain.municipality.Municipality;
import dk.oplys.core.domain.participant.Cpr;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.reporting.MunicipalReport;
import dk.oplys.core.domain.reporting.ReportLine;
import dk.oplys.core.domain.reporting.ReportSection;
import dk.oplys.core.domain.school.School;
import dk.oplys.integration.report.ReportHeader;
import dk.oplys.integration.report.ReportJson;
import dk.oplys.integration.report.ReportPdf;
import dk.oplys.integration.report.ReportXlsx;
import dk.oplys.integration.report.ReportXml;
import dk.oplys.integration.report.Rows;
import dk.oplys.integration.report.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a report in a format and logs the disclosure: per section, the recipient, the persons and
 * the fields actually written, the legal basis and the channel. Lines are read a page at a time
 * (keyset by id) and the persistence context is cleared after each page, so a large report never
 * holds every participant at once. Callers run it in their transaction.
 */
@ApplicationScoped
public class ReportRenderer {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CprProtector cprProtector;

    @Inject
    private DisclosureLog disclosures;

    /** A written report: file name, content type, bytes. */
    public record Rendered(String fileName, String contentType, byte[] content) {
    }

    /** The header and sections of a report as every format writes them. */
    public ReportHeader header(MunicipalReport r) {
        School school = em.find(School.class, r.schoolId());
        Municipality m = em.find(Municipality.class, r.municipalityCode());
        return new ReportHeader(r.reportKey(), r.reportVersion(), school.name(), school.cvr(), m.code(), m.name(),
                r.periodFrom(), r.periodTo(), r.createdAt());
    }

    /**
     * The report in {@code format}, logged as disclosed to the municipality through {@code channel}
     * by {@code actor}. {@code receipt} is recorded with the entries when the channel gives one at once.
     */
    public Rendered render(long reportId, ReportFormat format, DisclosureChannel channel, String actor) {
        MunicipalReport r = em.find(MunicipalReport.class, reportId);
        ReportHeader h = header(r);
        Tracking t = new Tracking();
        Rows rows = rows(r, t);
        List<Section> sections = List.of(ReportPolicy.section(ReportSection.SUBSIDY),
                ReportPolicy.section(ReportSection.REFUSION));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] content = switch (format) {
            case XML -> {
                ReportXml.write(h, sections, rows, out);
                yield out.toByteArray();
            }
            case JSON -> {
                ReportJson.write(h, sections, rows, out);
                yield out.toByteArray();
            }
            case XLSX -> {
                ReportXlsx.write(h, sections, rows, out);
                yield out.toByteArray();
            }
            case PDF -> ReportPdf.render(h, sections, rows);
        };
        log(em.find(MunicipalReport.class, reportId), t, channel, actor, format.name(), null);
        return new Rendered("indberetning-" + r.reportKey() + "-v" + r.reportVersion() + "." + format.extension(),
                format.contentType(), content);
    }

    /** The SOAP payload ({@code deliverReport}); the caller logs it with the receipt once the receiver answered. */
    public byte[] deliveryPayload(long reportId, Tracking t) {
        MunicipalReport r = em.find(MunicipalReport.class, reportId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportXml.write(header(r), List.of(ReportPolicy.section(ReportSection.SUBSIDY),
                ReportPolicy.section(ReportSection.REFUSION)), rows(r, t), out, true);
        return out.toByteArray();
    }

    /** Which persons and fields went out, per section, while a report was written. */
    public static final class Tracking {
        final Map<ReportSection, Set<Field>> fields = new EnumMap<>(ReportSection.class);
        final Map<ReportSection, Set<Long>> persons = new EnumMap<>(ReportSection.class);

        public Tracking() {
            for (ReportSection s : ReportSection.values()) {
                fields.put(s, EnumSet.noneOf(Field.class));
                persons.put(s, new HashSet<>());
            }
        }
    }

    /** One disclosure entry per section that named anybody. */
    public void log(MunicipalReport r, Tracking t, DisclosureChannel channel, String actor, String form, String receipt) {
        for (ReportSection s : ReportSection.values()) {
            if (t.persons.get(s).isEmpty()) {
                continue;
            }
            var d = disclosures.record(r.schoolId(), ReportPolicy.recipient(s), r.municipalityCode(), channel,
                    t.fields.get(s), t.persons.get(s), documentRef(r, form), actor, Purpose.MUNICIPAL_REPORTING);
            if (receipt != null) {
                d.receipt(receipt);
            }
        }
    }

    /** How a report is named in the disclosure log: its key, version and form. */
    static String documentRef(MunicipalReport r, String form) {
        return r.reportKey() + " v" + r.reportVersion() + " " + form;
    }

    private Rows rows(MunicipalReport r, Tracking t) {
        long reportId = r.id();
        long schoolId = r.schoolId();
        Map<String, String> municipalityNames = em.createQuery("SELECT m FROM Municipality m", Municipality.class)
                .getResultList().stream().collect(Collectors.toMap(Municipality::code, Municipality::name));
        Map<Long, String> courseTitles = new HashMap<>();
        for (Object[] c : em.createQuery("SELECT c.id, c.title FROM Course c WHERE c.id IN "
                        + "(SELECT l.courseId FROM ReportLine l WHERE l.reportId = :r)", Object[].class)
                .setParameter("r", reportId).getResultList()) {
            courseTitles.put((Long) c[0], (String) c[1]);
        }
        Function<Participant, String> cpr = p -> p.cprCipher()
                .map(stored -> format(cprProtector.decrypt(stored, schoolId))).orElse(null);
        return (section, sink) -> {
            ReportSection s = ReportSection.valueOf(section.name().toUpperCase());
            long[] after = {0};
            while (true) {
                List<ReportLine> page = em.createQuery("SELECT l FROM ReportLine l WHERE l.reportId = :r "
                                + "AND l.section = :s AND l.id > :after ORDER BY l.id", ReportLine.class)
                        .setParameter("r", reportId).setParameter("s", s).setParameter("after", after[0])
                        .setMaxResults(PAGE).getResultList();
                if (page.isEmpty()) {
                    return;
                }
                Set<Long> ids = page.stream().map(ReportLine::participantId).collect(Collectors.toSet());
                Map<Long, Participant> people = em.createQuery("SELECT p FROM Participant p WHERE p.id IN :ids",
                        Participant.class).setParameter("ids", ids).getResultList().stream()
                        .collect(Collectors.toMap(Participant::id, p -> p));
                for (ReportLine line : page) {
                    Participant p = people.get(line.participantId());
                    sink.accept(ReportPolicy.row(s, line, p, courseTitles.get(line.courseId()), cpr, municipalityNames,
                            t.fields.get(s)));
                    t.persons.get(s).add(p.id());
                    after[0] = line.id();
                }
                em.clear();
            }
        };
    }

    /** DDMMYY-SSSS, the form municipalities expect. */
    private static String format(Cpr c) {
        return c.digits().substring(0, 6) + "-" + c.digits().substring(6);
    }
}
