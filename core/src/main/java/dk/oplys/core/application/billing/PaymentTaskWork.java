package dk.oplys.core.application.billing;

import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.invoice.LedgerEntry;
import dk.oplys.core.domain.payment.Payment;
import dk.oplys.core.domain.payment.PaymentStatus;
import dk.oplys.core.domain.payment.PaymentTask;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.config.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The transactional steps around one provider call: claim the task (one node wins), then record
 * what happened. The provider is called between the two, outside any transaction, so a slow
 * provider holds no locks.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentTaskWork {

    /** How long a claimed task is left alone before another node may try it (a crashed node). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    public List<Long> due(int max) {
        return em.createQuery("SELECT t.id FROM PaymentTask t WHERE t.status = :s AND t.nextAttemptAt <= :now "
                        + "ORDER BY t.nextAttemptAt", Long.class)
                .setParameter("s", PaymentTask.Status.PENDING).setParameter("now", clock.now())
                .setMaxResults(max).getResultList();
    }

    /** @return the task with its payment's transaction id if this caller won it, else null */
    public Claimed claim(long taskId) {
        Instant now = clock.now();
        int won = em.createQuery("UPDATE PaymentTask t SET t.attempts = t.attempts + 1, t.nextAttemptAt = :lease "
                        + "WHERE t.id = :id AND t.status = :s AND t.nextAttemptAt <= :now")
                .setParameter("lease", now.plus(LEASE)).setParameter("id", taskId)
                .setParameter("s", PaymentTask.Status.PENDING).setParameter("now", now).executeUpdate();
        if (won != 1) {
            return null;
        }
        PaymentTask t = em.find(PaymentTask.class, taskId);
        Payment p = em.find(Payment.class, t.paymentId());
        return new Claimed(t.id(), t.kind(), p.transactionId(), t.amountOre(), t.attempts());
    }

    public void succeeded(long taskId) {
        Instant now = clock.now();
        PaymentTask t = em.find(PaymentTask.class, taskId);
        Payment p = em.find(Payment.class, t.paymentId());
        Invoice invoice = em.find(Invoice.class, p.invoiceId());
        int year = em.find(School.class, t.schoolId()).fiscalYearOf(LocalDate.now(clock.clock()));
        switch (t.kind()) {
            case CAPTURE -> {
                p.captured(now);
                em.persist(new LedgerEntry(t.schoolId(), year, invoice.courseId(), invoice.id(),
                        LedgerEntry.Kind.PAYMENT, t.amountOre(), now, "card " + p.orderId()));
            }
            case CREDIT -> {
                p.closed(PaymentStatus.CREDITED, now);
                em.persist(new LedgerEntry(t.schoolId(), year, invoice.courseId(), invoice.id(),
                        LedgerEntry.Kind.REFUND, -t.amountOre(), now, "card " + p.orderId()));
            }
            case DELETE -> p.closed(PaymentStatus.DELETED, now);
        }
        t.done(now);
        audit.recordAs("payment-task", t.schoolId(), AuditAction.UPDATE, "payment", p.id(), Purpose.INVOICING, "OK");
    }

    /**
     * A temporary failure: try again later, each time waiting twice as long, from
     * {@code oplys.payments.retry-base-seconds} (default 15) up to an hour.
     */
    public void retryLater(long taskId, String error) {
        PaymentTask t = em.find(PaymentTask.class, taskId);
        long base = Settings.get("oplys.payments.retry-base-seconds").map(Long::parseLong).orElse(15L);
        long seconds = Math.min(3600, base << Math.min(8, Math.max(0, t.attempts() - 1)));
        t.retryAt(clock.now().plusSeconds(seconds), error);
    }

    /** The provider refused: staff must look at it (it shows in the pending list as failed). */
    public void failed(long taskId, String error) {
        em.find(PaymentTask.class, taskId).failed(error, clock.now());
    }

    public record Claimed(long taskId, PaymentTask.Kind kind, String transactionId, long amountOre, int attempt) {
    }
}
