package dk.oplys.core.application.transport;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.transport.CourseTransport;
import dk.oplys.core.domain.transport.Haulier;
import dk.oplys.core.domain.transport.TransportSchedule;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The school's side of transport: its hauliers (registered by the school admin with the date of
 * the data-processing agreement), which haulier drives a course, and the course's schedule and its
 * kept versions as the office sees them.
 */
@Stateless
public class TransportAdminService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    @Inject
    private SchedulePlanner planner;

    /** Registers a haulier; its login, if named, must be a haulier account of the same school. */
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public HaulierView register(@Valid @NotNull HaulierCommand cmd) {
        long school = currentUser.schoolId();
        Long login = null;
        if (cmd.loginUsername() != null && !cmd.loginUsername().isBlank()) {
            AppUser u = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :n", AppUser.class)
                    .setParameter("n", cmd.loginUsername()).getResultStream().findFirst().orElse(null);
            if (u == null || u.schoolId() == null || u.schoolId() != school || !u.roles().contains(Roles.HAULIER)) {
                throw new DomainException(ErrorCode.NOT_FOUND, "no haulier account with that username", "loginUsername");
            }
            boolean taken = !em.createQuery("SELECT h.id FROM Haulier h WHERE h.loginUserId = :u", Long.class)
                    .setParameter("u", u.id()).getResultList().isEmpty();
            if (taken) {
                throw new DomainException(ErrorCode.USERNAME_TAKEN, "that login already belongs to a haulier",
                        "loginUsername");
            }
            login = u.id();
        }
        Haulier h = new Haulier(school, cmd.name().strip(), cmd.contactName(), cmd.contactEmail().strip(),
                cmd.contactPhone(), cmd.dpaSignedOn(), login, clock.now());
        em.persist(h);
        em.flush();
        return HaulierView.of(h);
    }

    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<HaulierView> hauliers() {
        return em.createQuery("SELECT h FROM Haulier h WHERE h.schoolId = :s ORDER BY h.name", Haulier.class)
                .setParameter("s", currentUser.schoolId()).getResultStream().map(HaulierView::of).toList();
    }

    /**
     * Assigns the course's haulier and the pickup margin (minutes before each lesson). The schedule
     * is refreshed at once: a new haulier gets a first version of its own.
     */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public ScheduleView assign(long courseId, long haulierId, @Min(0) @Max(240) int marginMinutes) {
        Course c = course(courseId);
        if (!c.transportOffered()) {
            throw new DomainException(ErrorCode.TRANSPORT_NOT_OFFERED, "this course does not offer transport");
        }
        Haulier h = em.find(Haulier.class, haulierId);
        if (h == null || !h.schoolId().equals(c.schoolId())) {
            throw new DomainException(ErrorCode.NOT_FOUND, "haulier not found", "haulierId");
        }
        CourseTransport t = em.find(CourseTransport.class, c.id());
        if (t == null) {
            em.persist(new CourseTransport(c.id(), c.schoolId(), h.id(), marginMinutes, clock.now()));
        } else {
            t.assign(h.id(), marginMinutes, clock.now());
        }
        em.flush();
        audit.record(c.schoolId(), AuditAction.UPDATE, "course-transport", c.id(), Purpose.TRANSPORT);
        return schedule(c.id());
    }

    /** The course's schedule as it stands (refreshed), with its version; a draft while no haulier is assigned. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public ScheduleView schedule(long courseId) {
        Course c = course(courseId);
        audit.record(c.schoolId(), AuditAction.READ, "course-transport", c.id(), Purpose.TRANSPORT);
        return planner.refresh(c.id()).map(s -> planner.view(c, s)).orElseGet(() -> planner.draft(c));
    }

    /** Every kept version, newest first: when, what changed, when the haulier was told. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<VersionView> versions(long courseId) {
        Course c = course(courseId);
        return em.createQuery("SELECT s FROM TransportSchedule s WHERE s.courseId = :c ORDER BY s.version DESC",
                TransportSchedule.class).setParameter("c", c.id()).getResultStream().map(VersionView::of).toList();
    }

    private Course course(long id) {
        Course c = em.find(Course.class, id);
        if (c == null || c.schoolId() != currentUser.schoolId()) {
            throw DomainException.notFound("course");
        }
        return c;
    }
}
