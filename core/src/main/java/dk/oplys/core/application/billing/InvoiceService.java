package dk.oplys.core.application.billing;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.enrolment.Notification;
import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.invoice.InvoiceStatus;
import dk.oplys.core.domain.invoice.LedgerEntry;
import dk.oplys.core.domain.payment.Payment;
import dk.oplys.core.domain.payment.PaymentStatus;
import dk.oplys.core.domain.payment.PaymentTask;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Invoices for the office: lists (unpaid, overdue), re-sending, manual payments, the ledger. */
@Stateless
@RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class InvoiceService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Billing billing;

    @Inject
    private PaymentTaskRunner runner;

    /** The school's invoices and credit notes, newest first; {@code status} and {@code overdue} filter. */
    public List<InvoiceView> list(InvoiceStatus status, boolean overdueOnly, Long courseId) {
        long school = currentUser.schoolId();
        LocalDate today = LocalDate.now(clock.clock());
        List<Invoice> found = em.createQuery("SELECT i FROM Invoice i WHERE i.schoolId = :s "
                        + "AND (:st IS NULL OR i.status = :st) AND (:c IS NULL OR i.courseId = :c) "
                        + "ORDER BY i.issuedAt DESC, i.id DESC", Invoice.class)
                .setParameter("s", school).setParameter("st", overdueOnly ? InvoiceStatus.OPEN : status)
                .setParameter("c", courseId).setMaxResults(500).getResultList();
        audit.search(school, "invoice", Purpose.INVOICING);
        return found.stream().map(i -> InvoiceView.of(i, billing.paymentOf(i.id()).orElse(null), today))
                .filter(v -> !overdueOnly || v.overdue()).toList();
    }

    public InvoiceView get(long id) {
        Invoice i = require(id);
        audit.record(i.schoolId(), AuditAction.READ, "invoice", i.id(), Purpose.INVOICING);
        return InvoiceView.of(i, billing.paymentOf(i.id()).orElse(null), LocalDate.now(clock.clock()));
    }

    /** The invoice (or credit note) is mailed again to the payer, with its PDF. */
    public void resend(long id) {
        Invoice i = require(id);
        em.persist(new Notification(i.schoolId(), Notification.Kind.INVOICE_RESENT, i.enrolmentId(), clock.now(), i.id()));
        audit.record(i.schoolId(), AuditAction.UPDATE, "invoice", i.id(), Purpose.INVOICING);
    }

    /** A bank transfer arrived: the invoice is paid, the ledger gets the payment with its reference. */
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public InvoiceView recordTransfer(long id, @NotBlank @Size(max = 60) String reference, @Positive long amountOre) {
        Invoice i = require(id);
        if (amountOre != i.totalOre()) {
            throw new DomainException(ErrorCode.PAYMENT_AMOUNT_MISMATCH, "the amount differs from the invoice total",
                    "amountOre");
        }
        Instant now = clock.now();
        if (!i.markPaid(now)) {
            throw new DomainException(ErrorCode.INVOICE_NOT_OPEN, "the invoice is not open for payment");
        }
        int year = em.find(School.class, i.schoolId()).fiscalYearOf(LocalDate.now(clock.clock()));
        em.persist(new LedgerEntry(i.schoolId(), year, i.courseId(), i.id(), LedgerEntry.Kind.PAYMENT, amountOre, now,
                reference));
        billing.paymentOf(i.id()).filter(p -> p.status() == PaymentStatus.CREATED)
                .ifPresent(p -> p.closed(PaymentStatus.DELETED, now));
        audit.record(i.schoolId(), AuditAction.UPDATE, "invoice", i.id(), Purpose.INVOICING);
        return InvoiceView.of(i, billing.paymentOf(i.id()).orElse(null), LocalDate.now(clock.clock()));
    }

    /** Calls still owed to the payment provider (pending or failed), oldest first. */
    public List<PendingTaskView> pendingPaymentTasks() {
        return em.createQuery("SELECT t FROM PaymentTask t WHERE t.schoolId = :s AND t.status <> :done "
                        + "ORDER BY t.createdAt", PaymentTask.class)
                .setParameter("s", currentUser.schoolId()).setParameter("done", PaymentTask.Status.DONE)
                .getResultList().stream().map(PendingTaskView::of).toList();
    }

    /** Staff ask for the owed provider calls to be tried now rather than at the next timer round. */
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public int runPaymentTasksNow() {
        return runner.runDue();
    }

    /** The ledger of a fiscal year, summed per course and kind (the participants' own payments). */
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<LedgerSum> ledger(int fiscalYear) {
        return em.createQuery("SELECT new dk.oplys.core.application.billing.LedgerSum(l.courseId, l.kind, SUM(l.amountOre), "
                        + "COUNT(l)) FROM LedgerEntry l WHERE l.schoolId = :s AND l.fiscalYear = :y "
                        + "GROUP BY l.courseId, l.kind ORDER BY l.courseId, l.kind", LedgerSum.class)
                .setParameter("s", currentUser.schoolId()).setParameter("y", fiscalYear).getResultList();
    }

    Invoice require(long id) {
        Invoice i = em.find(Invoice.class, id);
        if (i == null || !i.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("invoice");
        }
        return i;
    }

    /** A provider call still owed. */
    public record PendingTaskView(long id, long paymentId, String kind, long amountOre, String status, int attempts,
                                  Instant nextAttemptAt, String lastError, Instant createdAt) {
        static PendingTaskView of(PaymentTask t) {
            return new PendingTaskView(t.id(), t.paymentId(), t.kind().name(), t.amountOre(), t.status().name(),
                    t.attempts(), t.nextAttemptAt(), t.lastError(), t.createdAt());
        }
    }
}
