package dk.oplys.core.retention;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The school's side of retention: its rules (changed only by its admin, audited), legal holds,
 * runs on demand, and the trace of why one person is still kept.
 */
@Stateless
public class RetentionService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private RetentionRules rules;

    @Inject
    private RetentionJob job;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    @Inject
    private RetentionTraces traces;

    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public List<RuleView> rules() {
        return rules.effective(currentUser.schoolId()).stream().map(RuleView::of).toList();
    }

    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public RuleView rule(String kind) {
        return RuleView.of(rules.effective(currentUser.schoolId(), requireKind(kind))
                .orElseThrow(() -> DomainException.notFound("retention rule")));
    }

    /**
     * Sets the school's own rule for a kind (a kind may be new: a rule can exist before the area
     * that applies it). A period is ISO-8601 and not negative. Audited.
     */
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public RuleView change(String kind, Anchor anchor, String period, RetentionAction action, String legalBasis,
                           String description) {
        long school = currentUser.schoolId();
        requireKind(kind);
        Period p;
        try {
            p = Period.parse(period);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new DomainException(ErrorCode.RETENTION_PERIOD_INVALID,
                    "the period must be an ISO-8601 period such as P5Y, P6M or P30D", "period");
        }
        if (p.isNegative()) {
            throw new DomainException(ErrorCode.RETENTION_PERIOD_INVALID, "the period must not be negative", "period");
        }
        RetentionRule rule = rules.own(school, kind).orElse(null);
        if (rule == null) {
            rule = new RetentionRule(school, kind, anchor, p, action, legalBasis.strip(), description.strip(), clock.now(),
                    currentUser.actor());
            em.persist(rule);
            em.flush();
        } else {
            rule.change(anchor, p, action, legalBasis.strip(), description.strip(), clock.now(), currentUser.actor());
        }
        audit.record(school, AuditAction.UPDATE, "retention-rule", rule.id(), Purpose.RETENTION);
        return RuleView.of(rule);
    }

    private static String requireKind(String kind) {
        if (kind == null || !kind.matches(DataKinds.PATTERN)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "a kind of data is 2 to 40 upper-case letters, digits or underscores", "kind");
        }
        return kind;
    }

    /** Holds a person or a course (exactly one) until {@code endsOn}, for a reason. */
    @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.ADMIN_STAFF})
    public HoldView hold(Long participantId, Long courseId, String reason, LocalDate endsOn) {
        long school = currentUser.schoolId();
        if ((participantId == null) == (courseId == null)) {
            throw new DomainException(ErrorCode.LEGAL_HOLD_SUBJECT, "a hold names either a person or a course",
                    participantId == null ? "participantId" : "courseId");
        }
        if (participantId != null) {
            Participant p = em.find(Participant.class, participantId);
            if (p == null || !p.schoolId().equals(school)) {
                throw DomainException.notFound("participant");
            }
        } else {
            Course c = em.find(Course.class, courseId);
            if (c == null || !c.schoolId().equals(school)) {
                throw DomainException.notFound("course");
            }
        }
        LocalDate today = LocalDate.now(clock.clock());
        if (endsOn.isBefore(today)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the end date must not be in the past", "endsOn");
        }
        LegalHold h = new LegalHold(school, participantId, courseId, reason.strip(), endsOn, currentUser.actor(), clock.now());
        em.persist(h);
        em.flush();
        audit.record(school, AuditAction.CREATE, "legal-hold", h.id(), Purpose.RETENTION);
        return HoldView.of(h, today);
    }

    @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.ADMIN_STAFF})
    public HoldView release(long holdId) {
        LegalHold h = em.find(LegalHold.class, holdId);
        if (h == null || !h.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("legal hold");
        }
        h.release(currentUser.actor(), clock.now());
        audit.record(h.schoolId(), AuditAction.UPDATE, "legal-hold", h.id(), Purpose.RETENTION);
        return HoldView.of(h, LocalDate.now(clock.clock()));
    }

    /** The school's holds, active first, then by end date. */
    @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.ADMIN_STAFF})
    public List<HoldView> holds(boolean activeOnly) {
        LocalDate today = LocalDate.now(clock.clock());
        return em.createQuery("SELECT h FROM LegalHold h WHERE h.schoolId = :s ORDER BY h.endsOn DESC, h.id DESC",
                        LegalHold.class).setParameter("s", currentUser.schoolId()).setMaxResults(1000)
                .getResultStream().map(h -> HoldView.of(h, today)).filter(v -> !activeOnly || v.active())
                .sorted((a, b) -> Boolean.compare(b.active(), a.active())).toList();
    }

    /**
     * Runs the school's rules now, as of {@code asOf} (default today). A day after today is refused:
     * running ahead would delete data whose time has not come.
     */
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the job commits batch by batch
    public RunView run(LocalDate asOf) {
        LocalDate today = LocalDate.now(clock.clock());
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw new DomainException(ErrorCode.RETENTION_DATE_IN_FUTURE, "a run cannot be made as of a future day", "asOf");
        }
        return job.runNow(currentUser.schoolId(), day, currentUser.actor());
    }

    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public List<RunView> runs() {
        return job.runs(currentUser.schoolId(), 100);
    }

    /** Why this person is still kept and until when. Audited as a read for retention. */
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public TraceView trace(long participantId) {
        long school = currentUser.schoolId();
        TraceView t = traces.trace(school, participantId);
        audit.record(school, AuditAction.READ, "participant", participantId, Purpose.RETENTION);
        return t;
    }
}
