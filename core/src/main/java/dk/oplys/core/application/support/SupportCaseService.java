package dk.oplys.core.application.support;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.application.ParticipantRegistry;
import dk.oplys.core.application.view.EnrolmentView;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditEntry;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.support.SupportCase;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The processor/controller split (seed policies 002 and 004): the school (its admin) opens a
 * support case for one named person, with a reason and an end time; while it is open, the
 * association's operator may read that person's data and nothing else, and every read is audited
 * with purpose SUPPORT, visible to the school.
 */
@Stateless
public class SupportCaseService {

    /** A case lasts at most this long; a longer need means a new case with a new reason. */
    static final Duration MAX_LENGTH = Duration.ofDays(14);

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    /** The school admin opens a case for one of the school's participants, ending within 14 days. */
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public SupportCaseView open(long participantId, @NotBlank @Size(max = 500) String reason, @NotNull Instant endsAt) {
        long school = currentUser.schoolId();
        participants.require(school, participantId);
        Instant now = clock.now();
        if (!endsAt.isAfter(now) || endsAt.isAfter(now.plus(MAX_LENGTH))) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the end time must be within the next 14 days",
                    "endsAt");
        }
        SupportCase c = new SupportCase(school, participantId, reason.strip(), currentUser.actor(), now, endsAt);
        em.persist(c);
        em.flush();
        audit.record(school, AuditAction.CREATE, "support-case", c.id(), Purpose.SUPPORT);
        return SupportCaseView.of(c, now);
    }

    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public SupportCaseView close(long caseId) {
        SupportCase c = em.find(SupportCase.class, caseId);
        if (c == null || !c.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("support case");
        }
        c.close(currentUser.actor(), clock.now());
        audit.record(c.schoolId(), AuditAction.UPDATE, "support-case", c.id(), Purpose.SUPPORT);
        return SupportCaseView.of(c, clock.now());
    }

    /** The school's cases, newest first. */
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public List<SupportCaseView> ofMySchool() {
        Instant now = clock.now();
        return em.createQuery("SELECT c FROM SupportCase c WHERE c.schoolId = :s ORDER BY c.openedAt DESC",
                        SupportCase.class).setParameter("s", currentUser.schoolId()).setMaxResults(200)
                .getResultStream().map(c -> SupportCaseView.of(c, now)).toList();
    }

    /** What the operator did under a case: when and what kind of read (from the audit log). */
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public List<AccessView> accesses(long caseId) {
        SupportCase c = em.find(SupportCase.class, caseId);
        if (c == null || !c.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("support case");
        }
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.schoolId = :s AND a.purpose = :p "
                        + "AND a.subjectId = :pid AND a.occurredAt >= :from ORDER BY a.occurredAt", AuditEntry.class)
                .setParameter("s", c.schoolId()).setParameter("p", Purpose.SUPPORT)
                .setParameter("pid", c.participantId()).setParameter("from", c.openedAt())
                .getResultStream().map(a -> new AccessView(a.occurredAt(), a.actor(), a.action().name(), a.subjectType()))
                .toList();
    }

    /** The cases open now, across schools: what the operator may work on. */
    @RolesAllowed(Roles.OPERATOR)
    public List<SupportCaseView> openCases() {
        Instant now = clock.now();
        return em.createQuery("SELECT c FROM SupportCase c WHERE c.closedAt IS NULL AND c.endsAt > :now "
                        + "ORDER BY c.endsAt", SupportCase.class).setParameter("now", now)
                .getResultStream().map(c -> SupportCaseView.of(c, now)).toList();
    }

    /** The case's person, for the operator; 404 once the case is closed or over. Audited. */
    @RolesAllowed(Roles.OPERATOR)
    public SupportView person(long caseId) {
        SupportCase c = requireOpen(caseId);
        Participant p = em.find(Participant.class, c.participantId());
        List<EnrolmentView> enrolments = em.createQuery("SELECT e FROM Enrolment e WHERE e.participant.id = :p "
                        + "ORDER BY e.createdAt", Enrolment.class).setParameter("p", p.id())
                .getResultStream().map(EnrolmentView::of).toList();
        audit.record(c.schoolId(), AuditAction.READ, "participant", p.id(), Purpose.SUPPORT);
        return new SupportView(c.id(), p.id(), p.firstName(), p.lastName(), p.email().orElse(null),
                p.phone().orElse(null), p.cprCipher().isPresent(), enrolments);
    }

    private SupportCase requireOpen(long caseId) {
        SupportCase c = em.find(SupportCase.class, caseId);
        if (c == null || !c.openAt(clock.now())) {
            throw DomainException.notFound("support case");
        }
        return c;
    }

    /** One audited access under a case. */
    public record AccessView(Instant at, String actor, String action, String subject) {
    }

    /**
     * What support sees of the person: name, contact, whether a CPR is held (never the number),
     * enrolments. Enough to answer "why can she not sign up"; no address, no payments.
     */
    public record SupportView(long caseId, long participantId, String firstName, String lastName, String email,
                              String phone, boolean hasCpr, List<EnrolmentView> enrolments) {
        @Override
        public String toString() {
            return "SupportView[case=" + caseId + "]";
        }
    }
}
