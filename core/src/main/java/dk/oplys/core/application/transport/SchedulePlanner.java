package dk.oplys.core.application.transport;

import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.transport.CourseTransport;
import dk.oplys.core.domain.transport.DrivingSchedule;
import dk.oplys.core.domain.transport.Haulier;
import dk.oplys.core.domain.transport.TransportNeed;
import dk.oplys.core.domain.transport.TransportSchedule;
import dk.oplys.core.infrastructure.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds a course's driving schedule from its lessons and the transport needs of its confirmed
 * participants, and keeps its versions: {@link #refresh} stores a new version (and so a notice to
 * the haulier) exactly when the rows differ from the latest one. Called after every change the
 * school makes and by the transport timer, which catches cancellations and moved lessons.
 */
@ApplicationScoped
public class SchedulePlanner {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String PURGED = "{\"runs\":[],\"pickups\":[]}";

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    /** The schedule as it would be now, with pickups starting {@code margin} minutes before each lesson. */
    public DrivingSchedule current(Course c, int margin) {
        List<DrivingSchedule.Run> runs = c.lessons().stream().map(l -> run(l, margin)).toList();
        List<DrivingSchedule.Pickup> pickups = new ArrayList<>();
        em.createQuery("SELECT n, e FROM TransportNeed n, Enrolment e WHERE e.id = n.enrolmentId "
                        + "AND e.course.id = :c AND e.status = :st", Object[].class)
                .setParameter("c", c.id()).setParameter("st", EnrolmentStatus.CONFIRMED).getResultStream()
                .forEach(row -> {
                    TransportNeed n = (TransportNeed) row[0];
                    Participant p = ((Enrolment) row[1]).participant();
                    pickups.add(new DrivingSchedule.Pickup(n.enrolmentId(), p.firstName() + " " + p.lastName(),
                            n.pickupStreet(), n.pickupPostcode(), n.pickupCity(), n.mobilityAid(), n.companion(),
                            p.phone().orElse(null), n.notes()));
                });
        pickups.sort(Comparator.comparing(DrivingSchedule.Pickup::name).thenComparing(DrivingSchedule.Pickup::enrolmentId));
        return new DrivingSchedule(runs, pickups);
    }

    private static DrivingSchedule.Run run(Lesson l, int margin) {
        return new DrivingSchedule.Run(l.id(), l.date(), l.start().minusMinutes(margin), l.start(), l.end());
    }

    public Optional<TransportSchedule> latest(long courseId) {
        return em.createQuery("SELECT s FROM TransportSchedule s WHERE s.courseId = :c ORDER BY s.version DESC",
                TransportSchedule.class).setParameter("c", courseId).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Stores a new version if the course has a haulier and its schedule differs from the latest
     * version (or the haulier changed). Locks the course's transport row so two callers cannot both
     * write the next version.
     *
     * @return the latest version after the refresh, empty while no haulier is assigned
     */
    public Optional<TransportSchedule> refresh(long courseId) {
        CourseTransport t = em.find(CourseTransport.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            return Optional.empty();
        }
        Course c = em.find(Course.class, courseId);
        DrivingSchedule now = current(c, t.marginMinutes());
        Optional<TransportSchedule> last = latest(courseId);
        boolean sameHaulier = last.map(s -> s.haulierId().equals(t.haulierId())).orElse(false);
        DrivingSchedule before = last.filter(s -> sameHaulier).map(s -> read(s.content())).orElse(null);
        if (before != null && now.sameAs(before)) {
            return last;
        }
        TransportSchedule next = new TransportSchedule(c.schoolId(), c.id(), t.haulierId(),
                last.map(TransportSchedule::version).orElse(0) + 1, clock.now(), JSON.toJson(now),
                String.join("\n", now.changesSince(before)));
        em.persist(next);
        em.flush();
        return Optional.of(next);
    }

    public DrivingSchedule read(String content) {
        return JSON.fromJson(content, DrivingSchedule.class);
    }

    /** The haulier's view of a stored version. */
    public ScheduleView view(Course c, TransportSchedule s) {
        Haulier h = em.find(Haulier.class, s.haulierId());
        return view(c, read(s.content()), h.name(), s.version(), s);
    }

    /** The view of a schedule that was not (yet) shared: no haulier assigned. */
    public ScheduleView draft(Course c) {
        return view(c, current(c, CourseTransport.DEFAULT_MARGIN_MINUTES), null, null, null);
    }

    private ScheduleView view(Course c, DrivingSchedule d, String haulier, Integer version, TransportSchedule s) {
        List<ScheduleView.Pickup> pickups = d.pickups().stream().map(p -> new ScheduleView.Pickup(p.name(), p.address(),
                p.mobilityAid(), p.companion(), p.phone(), p.notes())).toList();
        List<ScheduleView.Run> runs = d.runs().stream().map(r -> new ScheduleView.Run(r.date(), r.pickupFrom(),
                r.lessonStart(), r.lessonEnd(), pickups)).toList();
        return new ScheduleView(c.id(), c.title(), c.venue().name() + ", " + c.venue().street() + ", "
                + c.venue().postcode() + " " + c.venue().city(), haulier, version, s == null ? null : s.createdAt(),
                s == null ? List.of() : lines(s.changes()), runs);
    }

    /** Empties a version's rows once the course is long over (retention); the version itself stays. */
    public static String purgedContent() {
        return PURGED;
    }

    static List<String> lines(String changes) {
        return changes == null || changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n"));
    }
}
