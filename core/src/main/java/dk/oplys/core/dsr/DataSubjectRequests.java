package dk.oplys.core.dsr;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The register of data-subject requests: each one is registered with its deadline (one month after
 * it arrived), staff see what is due and overdue, and the answer is recorded. Requests by phone or
 * letter are registered by staff; online requests by the person's own session ({@link SelfService}).
 */
@Stateless
public class DataSubjectRequests {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    @Inject
    private SubjectExport export;

    @Inject
    private SubjectErasure erasure;

    /** Registers a request received by {@code channel} on {@code receivedOn} (default today; not in the future). */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public RequestView register(Long participantId, RequestKind kind, RequestChannel channel, LocalDate receivedOn,
                                String details) {
        long school = currentUser.schoolId();
        if (participantId != null) {
            requireParticipant(school, participantId);
        }
        LocalDate today = today();
        LocalDate received = receivedOn == null ? today : receivedOn;
        if (received.isAfter(today)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "a request cannot be received in the future", "receivedOn");
        }
        DataSubjectRequest r = new DataSubjectRequest(school, participantId, kind, channel, clock.now(), received,
                details == null || details.isBlank() ? null : details.strip(), currentUser.actor());
        em.persist(r);
        em.flush();
        audit.record(school, AuditAction.CREATE, "data-subject-request", r.id(), Purpose.DATA_SUBJECT_REQUEST);
        return RequestView.of(r, today);
    }

    /**
     * The school's requests: {@code state} OPEN (all unanswered), DUE (unanswered, deadline within
     * 7 days or passed), OVERDUE, ANSWERED or ALL; ordered by deadline.
     */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<RequestView> list(String state) {
        LocalDate today = today();
        String s = state == null ? "OPEN" : state;
        List<RequestView> all = em.createQuery("SELECT r FROM DataSubjectRequest r WHERE r.schoolId = :s "
                        + "ORDER BY r.deadline, r.id", DataSubjectRequest.class).setParameter("s", currentUser.schoolId())
                .setMaxResults(2000).getResultStream().map(r -> RequestView.of(r, today)).toList();
        return all.stream().filter(v -> switch (s) {
            case "ALL" -> true;
            case "ANSWERED" -> v.state().equals("ANSWERED");
            case "OVERDUE" -> v.state().equals("OVERDUE");
            case "DUE" -> v.state().equals("DUE") || v.state().equals("OVERDUE");
            case "OPEN" -> !v.state().equals("ANSWERED");
            default -> throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "state is one of OPEN, DUE, OVERDUE, ANSWERED, ALL", "state");
        }).toList();
    }

    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public RequestView get(long id) {
        return RequestView.of(require(id), today());
    }

    /** Records the answer given; a request is answered once. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public RequestView answer(long id, String outcome, String answer) {
        DataSubjectRequest r = require(id);
        if (r.answered()) {
            throw new DomainException(ErrorCode.DSR_ALREADY_ANSWERED, "the request has already been answered");
        }
        r.answer(outcome, answer.strip(), currentUser.actor(), clock.now());
        audit.record(r.schoolId(), AuditAction.UPDATE, "data-subject-request", r.id(), Purpose.DATA_SUBJECT_REQUEST);
        return RequestView.of(r, today());
    }

    /** Everything held about the request's person, for staff to hand over (access, portability). Audited as an export. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public SubjectData export(long id) {
        DataSubjectRequest r = require(id);
        long person = requirePerson(r);
        audit.record(r.schoolId(), AuditAction.EXPORT, "participant", person, Purpose.DATA_SUBJECT_REQUEST);
        return export.of(r.schoolId(), person);
    }

    /** Carries out an erasure request and records the answer (what went, what stays, why, until when). */
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public ErasureAnswer erase(long id) {
        DataSubjectRequest r = require(id);
        if (r.kind() != RequestKind.ERASURE) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "only an erasure request erases", "kind");
        }
        if (r.answered()) {
            throw new DomainException(ErrorCode.DSR_ALREADY_ANSWERED, "the request has already been answered");
        }
        long person = requirePerson(r);
        return erasure.carryOut(r, person, currentUser.actor());
    }

    private long requirePerson(DataSubjectRequest r) {
        if (r.participantId() == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the request names no (remaining) participant",
                    "participantId");
        }
        return r.participantId();
    }

    private DataSubjectRequest require(long id) {
        DataSubjectRequest r = em.find(DataSubjectRequest.class, id);
        if (r == null || !r.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("data-subject request");
        }
        return r;
    }

    private void requireParticipant(long school, long participantId) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null || !p.schoolId().equals(school)) {
            throw DomainException.notFound("participant");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.clock());
    }
}
