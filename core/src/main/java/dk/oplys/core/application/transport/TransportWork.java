package dk.oplys.core.application.transport;

import dk.oplys.core.audit.Purpose;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.disclosure.DisclosureLog;
import dk.oplys.core.disclosure.Field;
import dk.oplys.core.disclosure.Recipient;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.transport.DrivingSchedule;
import dk.oplys.core.domain.transport.Haulier;
import dk.oplys.core.domain.transport.TransportSchedule;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.config.Settings;
import dk.oplys.integration.mail.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The transport timer's steps, each in its own transaction: refresh one course's schedule (catching
 * cancellations and moved lessons) and write one haulier notice. Retention is {@link TransportRetention}.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TransportWork {

    static final String ACTOR = "transport-timer";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy",
            Locale.forLanguageTag("da"));

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    @Inject
    private SchedulePlanner planner;

    @Inject
    private DisclosureLog disclosures;

    /** Courses with a haulier whose last lesson is today or later. */
    public List<Long> runningCourses() {
        LocalDate today = LocalDate.now(clock.clock());
        return em.createQuery("SELECT t.courseId FROM CourseTransport t WHERE EXISTS (SELECT l FROM Lesson l "
                + "WHERE l.course.id = t.courseId AND l.date >= :d) ORDER BY t.courseId", Long.class)
                .setParameter("d", today).getResultList();
    }

    public void refresh(long courseId) {
        planner.refresh(courseId);
    }

    public List<Long> unnotified(int max) {
        return em.createQuery("SELECT s.id FROM TransportSchedule s WHERE s.notifiedAt IS NULL AND (s.nextAttemptAt IS NULL "
                        + "OR s.nextAttemptAt <= :now) ORDER BY s.id", Long.class)
                .setParameter("now", clock.now()).setMaxResults(max).getResultList();
    }

    /**
     * Claims one new version's notice (one node wins, with a two-minute lease) and writes it: what
     * changed (names and dates, never addresses or phone numbers) and where to fetch the plan.
     */
    public Optional<OutgoingMail> notice(long scheduleId) {
        java.time.Instant now = clock.now();
        int won = em.createQuery("UPDATE TransportSchedule s SET s.nextAttemptAt = :lease WHERE s.id = :id "
                        + "AND s.notifiedAt IS NULL AND (s.nextAttemptAt IS NULL OR s.nextAttemptAt <= :now)")
                .setParameter("lease", now.plusSeconds(120)).setParameter("id", scheduleId).setParameter("now", now)
                .executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        TransportSchedule s = em.find(TransportSchedule.class, scheduleId);
        em.refresh(s);
        Haulier h = em.find(Haulier.class, s.haulierId());
        Course c = em.find(Course.class, s.courseId());
        DrivingSchedule current = planner.read(s.content());
        DrivingSchedule before = previous(s);
        StringBuilder text = new StringBuilder("Kære ").append(h.name()).append("\n\n");
        text.append(before == null ? "I har fået en kørselsplan for " : "Kørselsplanen er ændret for ")
                .append(c.title()).append(" (version ").append(s.version()).append(").\n\n");
        for (String line : SchedulePlanner.lines(s.changes())) {
            text.append("- ").append(line).append('\n');
        }
        text.append("\nPassagerer: ").append(current.pickups().size()).append(". ");
        current.runs().stream().filter(r -> !r.date().isBefore(LocalDate.now(clock.clock()))).findFirst()
                .ifPresent(r -> text.append("Næste kørsel: ").append(DAY.format(r.date())).append(", afhentning fra kl. ")
                        .append(r.pickupFrom()).append('.'));
        String base = Settings.get("oplys.public-url").orElse("http://localhost:8080/oplys");
        text.append("\n\nHele planen med adresser (log ind): ").append(base).append("/api/haulier/schedules/")
                .append(c.id()).append("\nSom PDF: ").append(base).append("/api/haulier/schedules/").append(c.id())
                .append("/pdf\n");
        return Optional.of(new OutgoingMail(h.contactEmail(), "Kørselsplan: " + c.title() + " (version " + s.version()
                + ")", text.toString(), List.of()));
    }

    /** The notice was handed to the mail server: stamped, and the persons it named logged as a disclosure. */
    public void notified(long scheduleId) {
        TransportSchedule s = em.find(TransportSchedule.class, scheduleId);
        s.notified(clock.now());
        Set<Long> named = planner.read(s.content()).namedSince(previous(s));
        if (!named.isEmpty()) {
            List<Long> people = em.createQuery("SELECT e.participant.id FROM Enrolment e WHERE e.id IN :ids", Long.class)
                    .setParameter("ids", named).getResultList();
            disclosures.record(s.schoolId(), Recipient.HAULIER, "haulier-" + s.haulierId(), DisclosureChannel.EMAIL,
                    EnumSet.of(Field.NAME), people, "schedule:course-" + s.courseId() + ":v" + s.version() + ":notice",
                    ACTOR, Purpose.TRANSPORT);
        }
    }

    /** The version before, if it went to the same haulier (a new haulier starts from nothing). */
    private DrivingSchedule previous(TransportSchedule s) {
        return em.createQuery("SELECT p FROM TransportSchedule p WHERE p.courseId = :c AND p.version = :v "
                        + "AND p.haulierId = :h", TransportSchedule.class)
                .setParameter("c", s.courseId()).setParameter("v", s.version() - 1).setParameter("h", s.haulierId())
                .getResultStream().findFirst().map(p -> planner.read(p.content())).orElse(null);
    }

    public void failed(long scheduleId) {
        TransportSchedule s = em.find(TransportSchedule.class, scheduleId);
        s.retryAt(clock.now().plusSeconds(Math.min(3600, 30L << Math.min(7, s.attempts()))));
    }
}
