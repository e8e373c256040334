package dk.oplys.core.application;

import dk.oplys.core.application.command.EnrolmentRequest;
import dk.oplys.core.application.command.EnrolmentResult;
import dk.oplys.core.application.view.EnrolmentView;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.CourseStatus;
import dk.oplys.core.domain.enrolment.Channel;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Enrolment as the outside world asks for it: online sign-up, staff booking, cancellation and
 * course lists. Each method states who may call it. Idempotent retries and the races of concurrent
 * duplicates are settled here, outside the transaction that lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrolmentService {

    @EJB
    private EnrolmentWork work;

    @Inject
    private CurrentUser currentUser;

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /**
     * A participant signs up on the public page. Allowed for anyone; the course must be open and its
     * sign-up window current; the participant's data is required and consents are ticked checkboxes.
     * A retry with the same idempotency key returns the first result and enrols nobody again.
     */
    @PermitAll
    public EnrolmentResult signUpOnline(@Valid @NotNull EnrolmentRequest request) {
        if (request.participantId() != null || request.participant() == null || request.channel() != Channel.WEB
                || request.consentForm() != ConsentForm.CHECKBOX_ONLINE) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "an online sign-up carries the participant's own data, channel WEB and online consents");
        }
        if (request.participant().email() == null || request.participant().email().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "an e-mail address is needed for the confirmation",
                    "participant.email");
        }
        long schoolId = schoolOfPublicCourse(request.courseId());
        return enrol(schoolId, request, true);
    }

    /**
     * Staff book a caller (phone) or a writer (e-mail) into a course of their own school, for a
     * known participant or a new one; the sign-up window does not bind staff.
     */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public EnrolmentResult book(@Valid @NotNull EnrolmentRequest request) {
        if (request.channel() == Channel.WEB) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "staff bookings come by PHONE or MAIL", "channel");
        }
        if ((request.participantId() == null) == (request.participant() == null)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "give either participantId or participant, not both", "participant");
        }
        return enrol(currentUser.schoolId(), request, false);
    }

    /**
     * Staff cancel an enrolment of their school; a freed seat goes to the waiting list. The invoice
     * is credited if {@code refund} says so, or by default if the cancellation is in time.
     */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public EnrolmentView cancel(long enrolmentId, Boolean refund) {
        return work.cancel(currentUser.schoolId(), enrolmentId, refund);
    }

    /** The enrolments of a course of the caller's school (staff), each read audited. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<EnrolmentView> ofCourse(long courseId) {
        long schoolId = currentUser.schoolId();
        Course c = em.find(Course.class, courseId);
        if (c == null || c.schoolId() != schoolId) {
            throw DomainException.notFound("course");
        }
        List<Enrolment> list = em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.participant "
                        + "WHERE e.course.id = :c ORDER BY e.status, e.createdAt, e.id", Enrolment.class)
                .setParameter("c", courseId).getResultList();
        audit.record(schoolId, AuditAction.READ, "course-enrolments", courseId, Purpose.ENROLMENT);
        return list.stream().map(EnrolmentView::of).toList();
    }

    private EnrolmentResult enrol(long schoolId, EnrolmentRequest request, boolean online) {
        String key = request.idempotencyKey();
        try {
            // A known key is answered from inside this transaction (no transaction of its own first).
            return work.enrol(schoolId, request, online);
        } catch (DomainException e) {
            // The same key's first request committed between our key lookup and our duplicate check:
            // it is the same sign-up, answered as a replay, not as "already enrolled".
            if (key != null && e.code() == ErrorCode.ALREADY_ENROLLED) {
                Optional<EnrolmentResult> winner = work.replay(schoolId, request.courseId(), key);
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            throw e;
        } catch (EJBException e) {
            // A unique constraint fired: the same key, or the same person, raced us and won.
            if (key != null) {
                Optional<EnrolmentResult> winner = work.replay(schoolId, request.courseId(), key);
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            if (isConstraintViolation(e)) {
                throw new DomainException(ErrorCode.ALREADY_ENROLLED, "this person is already enrolled on the course");
            }
            throw e;
        }
    }

    private long schoolOfPublicCourse(long courseId) {
        Course c = em.find(Course.class, courseId);
        if (c == null || c.status() == CourseStatus.DRAFT) {
            throw DomainException.notFound("course");
        }
        return c.schoolId();
    }

    private static boolean isConstraintViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (c instanceof java.sql.SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }
}
