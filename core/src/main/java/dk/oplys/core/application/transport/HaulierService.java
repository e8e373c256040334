package dk.oplys.core.application.transport;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.billing.InvoiceDocuments.Rendered;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.disclosure.DisclosureLog;
import dk.oplys.core.disclosure.Field;
import dk.oplys.core.disclosure.Recipient;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.transport.CourseTransport;
import dk.oplys.core.domain.transport.DrivingSchedule;
import dk.oplys.core.domain.transport.Haulier;
import dk.oplys.core.domain.transport.TransportSchedule;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.CurrentUser;
import dk.oplys.integration.pdf.DrivingScheduleDocument;
import dk.oplys.integration.pdf.DrivingSchedulePdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The haulier's side: the schedules of the courses assigned to the haulier this login belongs to,
 * and nothing else (another haulier's course is "not found", as is everything of another school).
 * Each schedule handed out, as JSON or PDF, is logged as a disclosure naming the version.
 */
@Stateless
@RolesAllowed(Roles.HAULIER)
public class HaulierService {

    /** What a schedule carries about a passenger: the HAULIER recipient's fields. */
    static final Set<Field> SENT = EnumSet.of(Field.NAME, Field.PICKUP_ADDRESS, Field.PICKUP_TIME, Field.MOBILITY_AID,
            Field.COMPANION, Field.TRANSPORT_NOTES, Field.PHONE);

    /** One of the haulier's schedules in a list: no passengers. */
    public record Summary(long courseId, String courseTitle, String venue, int version, Instant versionCreatedAt,
                          int passengers) {
    }

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SchedulePlanner planner;

    @Inject
    private DisclosureLog disclosures;

    public List<Summary> schedules() {
        return em.createQuery("SELECT t FROM CourseTransport t WHERE t.haulierId IN :h ORDER BY t.courseId",
                        CourseTransport.class).setParameter("h", myHauliers()).getResultStream()
                .map(t -> {
                    Course c = em.find(Course.class, t.courseId());
                    TransportSchedule s = planner.refresh(c.id()).orElseThrow();
                    return new Summary(c.id(), c.title(), c.venue().name(), s.version(), s.createdAt(),
                            planner.read(s.content()).pickups().size());
                }).toList();
    }

    /** The current version of one of the haulier's schedules; a disclosure. */
    public ScheduleView schedule(long courseId) {
        Course c = em.find(Course.class, courseId);
        TransportSchedule s = current(courseId);
        disclose(s, DisclosureChannel.REST_PULL);
        return planner.view(c, s);
    }

    /** The same as PDF/A; a disclosure. */
    public Rendered pdf(long courseId) {
        Course c = em.find(Course.class, courseId);
        TransportSchedule s = current(courseId);
        ScheduleView v = planner.view(c, s);
        School school = em.find(School.class, c.schoolId());
        List<DrivingScheduleDocument.Run> runs = v.runs().stream().map(r -> new DrivingScheduleDocument.Run(r.date(),
                r.pickupFrom(), r.lessonStart(), r.lessonEnd(), r.pickups().stream().map(p ->
                new DrivingScheduleDocument.Pickup(p.name(), p.pickupAddress(), p.mobilityAid(), p.companion(), p.phone(),
                        p.notes())).toList())).toList();
        byte[] pdf = DrivingSchedulePdf.render(new DrivingScheduleDocument(school.name(), school.email()
                + (school.phone() == null ? "" : ", tlf. " + school.phone()), v.haulier(), c.title(), v.venue(),
                s.version(), s.createdAt(), v.changes(), runs));
        disclose(s, DisclosureChannel.FILE_DOWNLOAD);
        return new Rendered("koerselsplan-" + c.id() + "-v" + s.version() + ".pdf", pdf);
    }

    private TransportSchedule current(long courseId) {
        CourseTransport t = em.find(CourseTransport.class, courseId);
        if (t == null || !myHauliers().contains(t.haulierId())) {
            throw DomainException.notFound("schedule");
        }
        return planner.refresh(courseId).orElseThrow(() -> DomainException.notFound("schedule"));
    }

    private void disclose(TransportSchedule s, DisclosureChannel channel) {
        DrivingSchedule d = planner.read(s.content());
        List<Long> people = em.createQuery("SELECT e.participant.id FROM Enrolment e WHERE e.id IN :ids", Long.class)
                .setParameter("ids", d.pickups().isEmpty() ? List.of(-1L)
                        : d.pickups().stream().map(DrivingSchedule.Pickup::enrolmentId).toList())
                .getResultList();
        disclosures.record(s.schoolId(), Recipient.HAULIER, "haulier-" + s.haulierId(), channel, SENT, people,
                "schedule:course-" + s.courseId() + ":v" + s.version(), currentUser.actor(), Purpose.TRANSPORT);
    }

    private List<Long> myHauliers() {
        AppUser me = currentUser.user().orElseThrow(() -> DomainException.notFound("haulier"));
        List<Long> ids = em.createQuery("SELECT h.id FROM Haulier h WHERE h.loginUserId = :u AND h.schoolId = :s "
                        + "AND h.active = TRUE", Long.class)
                .setParameter("u", me.id()).setParameter("s", currentUser.schoolId()).getResultList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
