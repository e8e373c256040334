package dk.oplys.core.application.billing;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.application.command.PayerData;
import dk.oplys.core.application.command.ReducedFeeClaim;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.Notification;
import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.invoice.InvoiceKind;
import dk.oplys.core.domain.invoice.InvoiceStatus;
import dk.oplys.core.domain.invoice.LedgerEntry;
import dk.oplys.core.domain.invoice.Payer;
import dk.oplys.core.domain.invoice.ReducedFeeDeclaration;
import dk.oplys.core.domain.invoice.ReducedFeeGroup;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.payment.Payment;
import dk.oplys.core.domain.payment.PaymentStatus;
import dk.oplys.core.domain.payment.PaymentTask;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.infrastructure.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The money side of an enrolment, always inside the caller's transaction: the payer and any
 * reduced-fee declaration at sign-up, the invoice when a seat is given, the credit note and the
 * refund or released reservation when it is cancelled, captures when the course is confirmed.
 * Every invoice, credit note and payment posts to the ledger in the same transaction.
 */
@ApplicationScoped
public class Billing {

    /** The provider name stored on card payments. */
    public static final String PROVIDER = "epay";

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private InvoiceNumbers numbers;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    /**
     * At sign-up, before any seat is given: records who pays and, if claimed, the tro og
     * love-erklæring. Refuses a claim the course or the municipality's rules do not allow.
     * For an enrolment already written; a sign-up uses {@link #checkClaim}, {@link #payerFor} and
     * {@link #declare} around the enrolment's insert instead.
     */
    public void prepare(Enrolment e, PayerData other, ReducedFeeClaim claim, ConsentForm form, String actor) {
        Optional<ReducedFeeGroup> group = checkClaim(e.course(), claim);
        group.ifPresent(g -> declare(e, g, form, actor));
        Long payer = payerFor(e.course(), e.participant(), other);
        if (payer != null) {
            e.payBy(payer);
        }
    }

    /**
     * The reduced-fee group a claim names, after checking that the course offers a reduced fee, the
     * group exists in the school's municipality and the declaration is made; empty without a claim.
     */
    public Optional<ReducedFeeGroup> checkClaim(Course course, ReducedFeeClaim claim) {
        if (claim == null) {
            return Optional.empty();
        }
        if (course.reducedFeeOre().isEmpty()) {
            throw new DomainException(ErrorCode.REDUCED_FEE_NOT_OFFERED, "the course has no reduced fee",
                    "reducedFee.group");
        }
        School school = em.find(School.class, course.schoolId());
        ReducedFeeGroup group = em.createQuery("SELECT g FROM ReducedFeeGroup g WHERE g.municipalityCode = :m "
                        + "AND g.code = :c", ReducedFeeGroup.class)
                .setParameter("m", school.municipalityCode()).setParameter("c", claim.group())
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.REDUCED_FEE_GROUP_UNKNOWN,
                        "no such group for reduced fee in the school's municipality", "reducedFee.group"));
        if (!claim.declared()) {
            throw new DomainException(ErrorCode.DECLARATION_MISSING,
                    "reduced fee needs the declaration on honour (tro og love-erklæring)", "reducedFee.declared");
        }
        return Optional.of(group);
    }

    /**
     * Writes the payer of a course with a fee (the participant, or {@code other}) and returns its id;
     * null for a free course. Needs no enrolment, so it is done before any row is locked.
     */
    public Long payerFor(Course course, Participant p, PayerData other) {
        if (course.feeOre() <= 0) {
            return null;
        }
        Payer payer = other == null
                ? new Payer(course.schoolId(), randomId("P", 15), p.id(), p.firstName() + " " + p.lastName(),
                p.address().street(), p.address().postcode(), p.address().city(), p.email().orElse(null), null)
                : new Payer(course.schoolId(), randomId("P", 15), null, other.name(), other.street(), other.postcode(),
                other.city(), other.email(), other.cvr());
        em.persist(payer);
        em.flush();
        return payer.id();
    }

    /** The tro og love-erklæring of an enrolment, for a group {@link #checkClaim} accepted. */
    public ReducedFeeDeclaration declare(Enrolment e, ReducedFeeGroup group, ConsentForm form, String actor) {
        ReducedFeeDeclaration d = new ReducedFeeDeclaration(e.schoolId(), e.id(), e.participant().id(), group,
                clock.now(), form, actor);
        em.persist(d);
        return d;
    }

    /**
     * An invoice just written and the card payment that settles it (absent for a zero total). The
     * invoice has its number only after {@link #number}.
     */
    public record Issued(Invoice invoice, Optional<Payment> payment) {
    }

    /**
     * Issues the invoice for an enrolment that has just got its seat, with a card payment ready to
     * be paid through the payment link. Courses without a fee get no invoice.
     */
    public Optional<Invoice> invoiceSeat(Enrolment e) {
        if (e.course().feeOre() <= 0 || e.payerId() == null || invoiceOf(e.id()).isPresent()) {
            return Optional.empty();
        }
        Optional<ReducedFeeDeclaration> declaration = em.createQuery(
                        "SELECT d FROM ReducedFeeDeclaration d WHERE d.enrolmentId = :e", ReducedFeeDeclaration.class)
                .setParameter("e", e.id()).getResultStream().findFirst();
        Optional<Issued> issued = issue(e, declaration);
        issued.ifPresent(this::number);
        return issued.map(Issued::invoice);
    }

    /**
     * The invoice of a sign-up that got its seat in this transaction: nothing to look up first (it
     * cannot have an invoice yet, and its declaration, if any, is given). Written without its number:
     * the caller writes whatever else belongs to the sign-up and then calls {@link #number} last.
     */
    public Optional<Issued> invoiceNewSeat(Enrolment e, Optional<ReducedFeeDeclaration> declaration) {
        if (e.course().feeOre() <= 0 || e.payerId() == null) {
            return Optional.empty();
        }
        return issue(e, declaration);
    }

    private Optional<Issued> issue(Enrolment e, Optional<ReducedFeeDeclaration> declaration) {
        Course course = e.course();
        School school = em.find(School.class, e.schoolId());
        Instant now = clock.now();
        LocalDate today = LocalDate.now(clock.clock());
        int year = school.fiscalYearOf(today);
        long reduction = declaration.map(d -> course.feeOre() - course.reducedFeeOre().orElse(course.feeOre()))
                .orElse(0L);
        Payer payer = em.find(Payer.class, e.payerId());
        // Written without its number (and its ledger entry without the reference): the number is
        // taken by number(), last, so the series row is locked for as short a time as possible.
        Invoice invoice = Invoice.issueUnnumbered(e.schoolId(), year, e.id(), course.id(), payer, now, today,
                today.plusDays(school.paymentDays()), course.feeOre(), reduction,
                declaration.map(d -> d.group().name()).orElse(null));
        em.persist(invoice);
        em.persist(new LedgerEntry(e.schoolId(), year, course.id(), invoice.id(), LedgerEntry.Kind.INVOICE,
                invoice.totalOre(), now, null));
        Optional<Payment> payment = Optional.empty();
        if (invoice.totalOre() > 0) {
            Payment p = new Payment(e.schoolId(), invoice.id(), PROVIDER, randomId("", 16), invoice.totalOre(), now);
            em.persist(p);
            payment = Optional.of(p);
        }
        audit.record(e.schoolId(), AuditAction.CREATE, "invoice", invoice.id(), Purpose.INVOICING);
        return Optional.of(new Issued(invoice, payment));
    }

    /**
     * Takes the invoice's number from its school's gapless series and writes it (and the references
     * made of it) to the invoice and its ledger entry. Locks the series row until the commit: call it
     * as the last write of the transaction.
     */
    public long number(Issued issued) {
        return numbers.assign(issued.invoice());
    }

    /**
     * A seat of the course and, only if one was free, the number of the invoice written for it: the
     * last statement of a sign-up, so both contended rows (the course's seat counter, then the
     * school's invoice series, always in that order) are locked only for it and the commit.
     * {@code takeSeat} is the seat's conditional UPDATE, for databases where the two cannot be one
     * statement. @return false if no seat was free (then no number was taken either)
     */
    public boolean seatAndNumber(long courseId, Issued issued, BooleanSupplier takeSeat) {
        return numbers.assignWithSeat(courseId, issued.invoice(), takeSeat);
    }

    /**
     * Cancels the money side of a cancelled enrolment: a credit note for its invoice, and the card
     * reservation released or the captured amount refunded through the provider (as a task).
     * {@code refund} false keeps the invoice (a late cancellation pays).
     */
    public Optional<Invoice> credit(Enrolment e, boolean refund) {
        if (!refund) {
            return Optional.empty();
        }
        Optional<Invoice> open = invoiceOf(e.id()).filter(i -> i.status() != InvoiceStatus.CREDITED);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Invoice invoice = open.get();
        School school = em.find(School.class, e.schoolId());
        Instant now = clock.now();
        LocalDate today = LocalDate.now(clock.clock());
        int year = school.fiscalYearOf(today);
        Invoice note = Invoice.creditNoteFor(invoice, year, numbers.next(e.schoolId(), year), now, today);
        em.persist(note);
        em.flush();
        em.persist(new LedgerEntry(e.schoolId(), year, invoice.courseId(), note.id(), LedgerEntry.Kind.CREDIT_NOTE,
                -note.totalOre(), now, note.displayNumber()));
        paymentOf(invoice.id()).ifPresent(p -> {
            if (p.status() == PaymentStatus.AUTHORISED) {
                em.persist(new PaymentTask(e.schoolId(), p.id(), PaymentTask.Kind.DELETE, p.amountOre(), now));
            } else if (p.status() == PaymentStatus.CAPTURED) {
                em.persist(new PaymentTask(e.schoolId(), p.id(), PaymentTask.Kind.CREDIT, p.amountOre(), now));
            } else if (p.status() == PaymentStatus.CREATED) {
                p.closed(PaymentStatus.DELETED, now);
            }
        });
        em.persist(new Notification(e.schoolId(), Notification.Kind.CREDIT_NOTE_ISSUED, e.id(), now, note.id()));
        audit.record(e.schoolId(), AuditAction.CREATE, "invoice", note.id(), Purpose.INVOICING);
        return Optional.of(note);
    }

    /** Whether a cancellation made now is in time for a refund under the school's rule. */
    public boolean inTimeForRefund(Enrolment e) {
        School school = em.find(School.class, e.schoolId());
        return e.course().firstLessonDate()
                .map(first -> !LocalDate.now(clock.clock()).isAfter(first.minusDays(school.refundDeadlineDays())))
                .orElse(true);
    }

    /** The course runs: every reserved card payment for it is to be captured. */
    public int captureFor(long courseId) {
        Instant now = clock.now();
        List<Payment> reserved = em.createQuery("SELECT p FROM Payment p, Invoice i WHERE p.invoiceId = i.id "
                        + "AND i.courseId = :c AND p.status = :s AND i.status = :paid", Payment.class)
                .setParameter("c", courseId).setParameter("s", PaymentStatus.AUTHORISED)
                .setParameter("paid", InvoiceStatus.PAID).getResultList();
        for (Payment p : reserved) {
            boolean queued = em.createQuery("SELECT COUNT(t) FROM PaymentTask t WHERE t.paymentId = :p AND t.kind = :k",
                            Long.class)
                    .setParameter("p", p.id()).setParameter("k", PaymentTask.Kind.CAPTURE).getSingleResult() > 0;
            if (!queued) {
                em.persist(new PaymentTask(p.schoolId(), p.id(), PaymentTask.Kind.CAPTURE, p.amountOre(), now));
            }
        }
        return reserved.size();
    }

    public Optional<Invoice> invoiceOf(long enrolmentId) {
        return em.createQuery("SELECT i FROM Invoice i WHERE i.enrolmentId = :e AND i.kind = :k", Invoice.class)
                .setParameter("e", enrolmentId).setParameter("k", InvoiceKind.INVOICE)
                .getResultStream().findFirst();
    }

    public Optional<Payment> paymentOf(long invoiceId) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.invoiceId = :i", Payment.class)
                .setParameter("i", invoiceId).getResultStream().findFirst();
    }

    /** Random, unguessable, no personal data; letters and digits that cannot be mistaken for each other. */
    static String randomId(String prefix, int length) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }
}
