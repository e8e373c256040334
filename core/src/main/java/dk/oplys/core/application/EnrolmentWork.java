package dk.oplys.core.application;

import dk.oplys.core.application.billing.Billing;
import dk.oplys.core.application.billing.PaymentLinks;
import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.invoice.ReducedFeeDeclaration;
import dk.oplys.core.domain.invoice.ReducedFeeGroup;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.invoice.InvoiceStatus;
import java.util.List;

import dk.oplys.core.application.command.EnrolmentRequest;
import dk.oplys.core.application.command.EnrolmentResult;
import dk.oplys.core.application.view.EnrolmentView;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.CourseField;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import dk.oplys.core.domain.enrolment.IdempotencyRecord;
import dk.oplys.core.domain.enrolment.Notification;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The transactional half of enrolment: each public method is one transaction. Only
 * {@link EnrolmentService} calls it, after access checks; it is not exposed through any interface.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EnrolmentWork {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private EnrolmentStore store;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private ConsentRegistry consents;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Billing billing;

    @Inject
    private PaymentLinks links;

    /**
     * Enrols on a course whose school is {@code schoolId}: a confirmed seat if one is free, else a
     * place on the waiting list. A request whose idempotency key is already known gets the earlier
     * result back (looked up here, in the same transaction, not in one of its own).
     * <p>
     * The order is what makes a rush fast: the two contended rows (the course's seat counter and
     * the school's invoice series) are locked by the last statement before the commit, so they are
     * held for that statement and the commit only. Everything that locks nothing comes first
     * (checks, the participant, consents, the payer); then, if the course looked as if it had a
     * free seat, the confirmed enrolment is written whole (enrolment, idempotency key, audit entries,
     * invoice without its number, ledger entry, payment, notification) after a savepoint, and the
     * last statement takes the seat and, only if it got one, the invoice number
     * ({@link Billing#seatAndNumber}). If the seat was gone by then, the transaction goes back to the
     * savepoint (the series was not touched, so no number is lost) and the sign-up is written again
     * the way a full course takes it: the seat first (a conditional UPDATE that, on a full course,
     * matches and locks nothing), then the waiting-list entry. Seats cannot be overbooked on either
     * path: a seat is only ever taken by the conditional UPDATE. Any failure rolls back the seat and
     * the number with everything else.
     */
    public EnrolmentResult enrol(long schoolId, EnrolmentRequest r, boolean online) {
        if (r.idempotencyKey() != null) {
            Optional<EnrolmentResult> earlier = replay(schoolId, r.courseId(), r.idempotencyKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.now();
        Course course = requireCourse(schoolId, r.courseId());
        if (!course.status().takesEnrolments()) {
            throw new DomainException(ErrorCode.COURSE_NOT_OPEN, "the course does not take enrolments");
        }
        if (online && !course.signupWindowOpen(now)) {
            throw new DomainException(ErrorCode.SIGNUP_WINDOW_CLOSED, "online sign-up for this course is closed");
        }
        Map<String, String> answers = checkFields(course, r.fields());
        Optional<ReducedFeeGroup> reducedGroup = billing.checkClaim(course, r.reducedFee());
        em.find(School.class, schoolId); // read now: invoicing finds it in the persistence context

        Participant participant = r.participantId() != null
                ? participants.require(schoolId, r.participantId())
                : participants.findOrRegister(schoolId, r.participant(), Purpose.ENROLMENT);
        boolean alreadyEnrolled = em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.course.id = :c "
                        + "AND e.participant.id = :p AND e.status <> :x", Long.class)
                .setParameter("c", course.id()).setParameter("p", participant.id())
                .setParameter("x", EnrolmentStatus.CANCELLED).getSingleResult() > 0;
        if (alreadyEnrolled) {
            throw new DomainException(ErrorCode.ALREADY_ENROLLED, "this person is already enrolled on the course");
        }
        consents.give(schoolId, participant.id(), r.consents(), r.consentForm());
        if (r.interests() != null && !r.interests().isBlank()) {
            consents.storeInterests(schoolId, participant.id(), r.interests());
        }
        Long payerId = billing.payerFor(course, participant, r.payer());

        // The seat count as this transaction read it: only a hint which path to try first.
        if (course.seatsTaken() < course.capacity()) {
            store.savepoint();
            Written w = write(schoolId, r, course, participant, answers, reducedGroup, payerId, true, now);
            long courseId = course.id();
            // The last statement: the seat, and the invoice number only if the seat was taken.
            boolean seat = w.issued().isPresent()
                    ? billing.seatAndNumber(courseId, w.issued().get(), () -> store.takeSeat(courseId))
                    : store.takeSeat(courseId);
            if (seat) {
                return answer(w);
            }
            // Filled up meanwhile: undo the confirmed rows (no lock is held, no number was taken).
            store.rollbackToSavepoint();
            course = em.find(Course.class, course.id());
            participant = em.find(Participant.class, participant.id());
            reducedGroup = reducedGroup.map(em::merge);
        }
        // A full course: the seat UPDATE matches no row and locks nothing, so taking it first costs
        // no lock time; if a seat was freed meanwhile, it is held from here to the commit.
        boolean seat = store.takeSeat(course.id());
        Written w = write(schoolId, r, course, participant, answers, reducedGroup, payerId, seat, now);
        w.issued().ifPresent(billing::number);
        return answer(w);
    }

    /** The rows of one sign-up as written, the invoice (if any) still without its number. */
    private record Written(Enrolment enrolment, Optional<Billing.Issued> issued) {
    }

    /**
     * Writes the enrolment (confirmed if {@code seat}, else waiting), its idempotency key, audit
     * entry, declaration, invoice without its number, ledger entry, payment and notification, and
     * flushes them. Takes no contended lock.
     */
    private Written write(long schoolId, EnrolmentRequest r, Course course, Participant participant,
                          Map<String, String> answers, Optional<ReducedFeeGroup> reducedGroup, Long payerId,
                          boolean seat, Instant now) {
        Enrolment e = new Enrolment(course, participant, seat, r.channel(), currentUser.actor(), answers, payerId, now);
        em.persist(e);
        if (r.idempotencyKey() != null) {
            // A concurrent request with the same key fails here on the primary key and rolls back whole.
            em.persist(new IdempotencyRecord(schoolId, r.idempotencyKey(), course.id(), e.id(), now));
        }
        audit.record(schoolId, AuditAction.CREATE, "enrolment", e.id(), Purpose.ENROLMENT);
        Optional<ReducedFeeDeclaration> declaration = reducedGroup
                .map(g -> billing.declare(e, g, r.consentForm(), currentUser.actor()));
        em.flush();

        Optional<Billing.Issued> issued = seat ? billing.invoiceNewSeat(e, declaration) : Optional.empty();
        Optional<Invoice> invoice = issued.map(Billing.Issued::invoice);
        em.persist(new Notification(schoolId, seat ? Notification.Kind.ENROLMENT_CONFIRMED
                : Notification.Kind.PLACED_ON_WAITING_LIST, e.id(), now, invoice.map(Invoice::id).orElse(null)));
        em.flush();
        return new Written(e, issued);
    }

    /** The answer to a sign-up just written (and numbered): nothing is read back but the waiting place. */
    private EnrolmentResult answer(Written w) {
        Enrolment e = w.enrolment();
        String paymentUrl = w.issued().flatMap(Billing.Issued::payment).map(links::paymentLink).orElse(null);
        return new EnrolmentResult(e.id(), e.publicRef(), e.course().id(), e.status(), store.waitingPosition(e), false,
                w.issued().map(i -> i.invoice().displayNumber()).orElse(null), paymentUrl);
    }

    /**
     * A cancelled course: every active enrolment is cancelled and refunded, nobody is promoted.
     * Runs in the caller's transaction, together with the course's own status change.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int cancelAllOf(long schoolId, long courseId) {
        store.lockCourse(courseId);
        Instant now = clock.now();
        List<Enrolment> active = em.createQuery("SELECT e FROM Enrolment e WHERE e.course.id = :c AND e.status <> :x",
                        Enrolment.class)
                .setParameter("c", courseId).setParameter("x", EnrolmentStatus.CANCELLED).getResultList();
        for (Enrolment e : active) {
            if (e.cancel(currentUser.actor(), now)) {
                store.releaseSeat(courseId);
            }
            billing.credit(e, true);
            em.persist(new Notification(schoolId, Notification.Kind.ENROLMENT_CANCELLED, e.id(), now));
            audit.record(schoolId, AuditAction.UPDATE, "enrolment", e.id(), Purpose.ENROLMENT);
        }
        return active.size();
    }

    /** The result an earlier request with this idempotency key produced, if there was one. */
    public Optional<EnrolmentResult> replay(long schoolId, long courseId, String key) {
        IdempotencyRecord rec = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(schoolId, key));
        if (rec == null) {
            return Optional.empty();
        }
        if (rec.courseId() != courseId) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this idempotency key was already used for another request");
        }
        return Optional.of(result(em.find(Enrolment.class, rec.enrolmentId()), true));
    }

    /**
     * Cancels an enrolment. If it held a seat, the seat goes to the first on the waiting list, who is
     * told. The course row is locked first, so cancellations and promotions on one course queue up.
     */
    public EnrolmentView cancel(long schoolId, long enrolmentId, Boolean refund) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        if (e == null || e.schoolId() != schoolId) {
            throw DomainException.notFound("enrolment");
        }
        store.lockCourse(e.course().id());
        em.refresh(e);
        if (!e.active()) {
            throw new DomainException(ErrorCode.ALREADY_CANCELLED, "the enrolment is already cancelled");
        }
        Instant now = clock.now();
        boolean inTime = billing.inTimeForRefund(e);
        boolean freed = e.cancel(currentUser.actor(), now);
        billing.credit(e, refund != null ? refund : inTime);
        em.persist(new Notification(schoolId, Notification.Kind.ENROLMENT_CANCELLED, e.id(), now));
        audit.record(schoolId, AuditAction.UPDATE, "enrolment", e.id(), Purpose.ENROLMENT);
        if (freed) {
            em.flush();
            store.releaseSeat(e.course().id());
            fillFreeSeats(schoolId, e.course().id(), now);
        }
        return EnrolmentView.of(e);
    }

    private void fillFreeSeats(long schoolId, long courseId, Instant now) {
        for (Optional<Enrolment> next = store.firstWaiting(courseId); next.isPresent(); next = store.firstWaiting(courseId)) {
            if (!store.takeSeat(courseId)) {
                return;
            }
            Enrolment promoted = next.get();
            promoted.promote(now);
            em.flush();
            Optional<Invoice> invoice = billing.invoiceSeat(promoted);
            em.persist(new Notification(schoolId, Notification.Kind.PROMOTED_FROM_WAITING_LIST, promoted.id(), now,
                    invoice.map(Invoice::id).orElse(null)));
            audit.record(schoolId, AuditAction.UPDATE, "enrolment", promoted.id(), Purpose.ENROLMENT);
        }
    }

    private Course requireCourse(long schoolId, long courseId) {
        Course c = em.find(Course.class, courseId);
        if (c == null || c.schoolId() != schoolId) {
            throw DomainException.notFound("course");
        }
        return c;
    }

    /** Every answer must belong to a field of the course and fit its type; required fields must be there. */
    private static Map<String, String> checkFields(Course course, Map<String, String> given) {
        Set<String> known = course.fields().stream().map(CourseField::key).collect(Collectors.toSet());
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                throw new DomainException(ErrorCode.UNKNOWN_COURSE_FIELD, "the course has no such field", "fields." + key);
            }
        }
        Map<String, String> answers = new HashMap<>();
        for (CourseField f : course.fields()) {
            String answer = given.get(f.key());
            f.reject(answer).ifPresent(reason -> {
                throw new DomainException(ErrorCode.COURSE_FIELD_INVALID, f.label() + " " + reason, "fields." + f.key());
            });
            if (answer != null && !answer.isBlank()) {
                answers.put(f.key(), answer.strip());
            }
        }
        return answers;
    }

    private EnrolmentResult result(Enrolment e, boolean replayed) {
        Optional<Invoice> invoice = billing.invoiceOf(e.id());
        String paymentUrl = invoice.filter(i -> i.status() == InvoiceStatus.OPEN)
                .flatMap(i -> billing.paymentOf(i.id())).map(links::paymentLink).orElse(null);
        return new EnrolmentResult(e.id(), e.publicRef(), e.course().id(), e.status(), store.waitingPosition(e), replayed,
                invoice.map(Invoice::displayNumber).orElse(null), paymentUrl);
    }
}
