package dk.oplys.core.application.transport;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.participant.Address;
import dk.oplys.core.domain.transport.TransportBasis;
import dk.oplys.core.domain.transport.TransportNeed;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Transport needs, entered by staff or by the participant (with the enrolment's reference). A need
 * exists only on a course that offers transport, for an active enrolment, with the participant's
 * consent unless the course is handicap teaching. It can be changed or withdrawn at any time; each
 * change refreshes the course's driving schedule (a new version for the haulier if it changed).
 */
@Stateless
public class TransportNeedService {

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

    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public NeedView putByStaff(long enrolmentId, @Valid @NotNull NeedCommand cmd) {
        return put(staffEnrolment(enrolmentId), cmd);
    }

    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public Optional<NeedView> getByStaff(long enrolmentId) {
        Enrolment e = staffEnrolment(enrolmentId);
        audit.record(e.schoolId(), AuditAction.READ, "transport-need", e.id(), Purpose.TRANSPORT);
        return need(e.id()).map(NeedView::of);
    }

    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public void withdrawByStaff(long enrolmentId) {
        withdraw(staffEnrolment(enrolmentId));
    }

    /** The needs on one course of the caller's school. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<NeedView> ofCourse(long courseId) {
        Course c = em.find(Course.class, courseId);
        if (c == null || c.schoolId() != currentUser.schoolId()) {
            throw DomainException.notFound("course");
        }
        audit.record(c.schoolId(), AuditAction.READ, "course-transport", c.id(), Purpose.TRANSPORT);
        return em.createQuery("SELECT n FROM TransportNeed n WHERE n.enrolmentId IN "
                        + "(SELECT e.id FROM Enrolment e WHERE e.course.id = :c) ORDER BY n.enrolmentId", TransportNeed.class)
                .setParameter("c", courseId).getResultStream().map(NeedView::of).toList();
    }

    /** The participant states or changes their own need, by the enrolment's reference. */
    @PermitAll
    public NeedView putByParticipant(String reference, @Valid @NotNull NeedCommand cmd) {
        return put(byReference(reference), cmd);
    }

    @PermitAll
    public Optional<NeedView> getByParticipant(String reference) {
        Enrolment e = byReference(reference);
        audit.record(e.schoolId(), AuditAction.READ, "transport-need", e.id(), Purpose.TRANSPORT);
        return need(e.id()).map(NeedView::of);
    }

    @PermitAll
    public void withdrawByParticipant(String reference) {
        withdraw(byReference(reference));
    }

    private NeedView put(Enrolment e, NeedCommand cmd) {
        Course c = e.course();
        if (!c.transportOffered()) {
            throw new DomainException(ErrorCode.TRANSPORT_NOT_OFFERED, "this course does not offer transport");
        }
        if (e.status() != dk.oplys.core.domain.enrolment.EnrolmentStatus.CONFIRMED) {
            // A waiting-list entry has no seat to drive to; its need is stated once it gets one.
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "transport needs a confirmed seat");
        }
        TransportBasis basis = c.activityKind() == ActivityKind.HANDICAPUNDERVISNING ? TransportBasis.HANDICAP_COURSE
                : TransportBasis.CONSENT;
        if (basis == TransportBasis.CONSENT && !Boolean.TRUE.equals(cmd.consent())) {
            throw new DomainException(ErrorCode.TRANSPORT_CONSENT_MISSING,
                    "the haulier receives name, pickup address, aid and phone only with the participant's consent",
                    "consent");
        }
        int given = (blank(cmd.street()) ? 0 : 1) + (blank(cmd.postcode()) ? 0 : 1) + (blank(cmd.city()) ? 0 : 1);
        if (given != 0 && given != 3) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "give street, postcode and city together, or none for the participant's own address", "street");
        }
        Address own = e.participant().address();
        TransportNeed n = need(e.id()).orElse(null);
        boolean fresh = n == null;
        if (fresh) {
            n = new TransportNeed(e.schoolId(), e.id());
        }
        n.set(given == 3 ? cmd.street().strip() : own.street(), given == 3 ? cmd.postcode() : own.postcode(),
                given == 3 ? cmd.city().strip() : own.city(), trim(cmd.mobilityAid()), Boolean.TRUE.equals(cmd.companion()),
                trim(cmd.notes()), basis, currentUser.actor(), clock.now());
        if (fresh) {
            em.persist(n);
        }
        em.flush();
        audit.record(e.schoolId(), fresh ? AuditAction.CREATE : AuditAction.UPDATE, "transport-need", e.id(),
                Purpose.TRANSPORT);
        planner.refresh(c.id());
        return NeedView.of(n);
    }

    private void withdraw(Enrolment e) {
        TransportNeed n = need(e.id()).orElseThrow(() -> DomainException.notFound("transport need"));
        em.remove(n);
        em.flush();
        audit.record(e.schoolId(), AuditAction.DELETE, "transport-need", e.id(), Purpose.TRANSPORT);
        planner.refresh(e.course().id());
    }

    private Optional<TransportNeed> need(long enrolmentId) {
        return em.createQuery("SELECT n FROM TransportNeed n WHERE n.enrolmentId = :e", TransportNeed.class)
                .setParameter("e", enrolmentId).getResultStream().findFirst();
    }

    private Enrolment staffEnrolment(long id) {
        Enrolment e = em.find(Enrolment.class, id);
        if (e == null || e.schoolId() != currentUser.schoolId()) {
            throw DomainException.notFound("enrolment");
        }
        return e;
    }

    private Enrolment byReference(String reference) {
        if (reference == null || !reference.matches("[0-9a-f-]{36}")) {
            throw DomainException.notFound("enrolment");
        }
        Enrolment e = em.createQuery("SELECT e FROM Enrolment e WHERE e.publicRef = :r", Enrolment.class)
                .setParameter("r", reference).getResultStream().findFirst().orElse(null);
        if (e == null || !e.active()) {
            throw DomainException.notFound("enrolment");
        }
        return e;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
