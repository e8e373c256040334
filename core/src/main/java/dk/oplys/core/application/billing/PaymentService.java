package dk.oplys.core.application.billing;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.disclosure.DisclosureLog;
import dk.oplys.core.disclosure.Field;
import dk.oplys.core.disclosure.Recipient;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.infrastructure.CurrentUser;
import java.util.EnumSet;
import java.util.List;
import dk.oplys.core.domain.course.CourseStatus;
import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.invoice.InvoiceStatus;
import dk.oplys.core.domain.payment.Payment;
import dk.oplys.core.domain.payment.PaymentStatus;
import dk.oplys.core.domain.payment.PaymentTask;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.payment.CallbackCheck;
import dk.oplys.integration.payment.PaymentOrder;
import dk.oplys.integration.payment.PaymentProvider;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The payer's side of card payment: the payment link that leads to the provider's window, and the
 * provider's callback. Both are public (the payer has no login; the callback comes from the
 * provider), so each checks everything it is given: the callback's signature, order, amount and
 * currency. A callback that fails a check changes nothing and is audited.
 */
@Stateless
@PermitAll
public class PaymentService {

    /** The actor recorded for what the provider's callback does. */
    public static final String PROVIDER_ACTOR = "payment-provider";

    private static final Set<String> DANISH_KRONER = Set.of("208", "DKK");

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private PaymentProvider provider;

    @Inject
    private PaymentLinks links;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private DisclosureLog disclosures;

    /** Where to send the payer: the provider's window for this order, if it can still be paid. */
    public URI paymentWindow(String orderId) {
        Payment p = byOrder(orderId).orElseThrow(() -> DomainException.notFound("payment"));
        Invoice invoice = em.find(Invoice.class, p.invoiceId());
        if (p.status() != PaymentStatus.CREATED || invoice.status() != InvoiceStatus.OPEN) {
            throw new DomainException(ErrorCode.INVOICE_NOT_OPEN, "this invoice is paid or cancelled");
        }
        PaymentOrder order = new PaymentOrder(p.orderId(), invoice.payer().publicId(), invoice.courseId(),
                p.amountOre(), "DKK", URI.create(links.callbackUrl()), URI.create(links.acceptUrl(p)),
                URI.create(links.acceptUrl(p)));
        // The provider gets the payer's pseudonymous id, the course id and the amount: a disclosure.
        long participant = em.find(Enrolment.class, invoice.enrolmentId()).participant().id();
        disclosures.record(p.schoolId(), Recipient.PAYMENT_PROVIDER, p.provider(), DisclosureChannel.REDIRECT,
                EnumSet.of(Field.PAYER_ID, Field.COURSE_ID, Field.AMOUNT), List.of(participant), p.orderId(),
                CurrentUser.SELF, Purpose.INVOICING);
        return provider.paymentWindow(order);
    }

    /** What the payer sees after the window: paid or not (no personal data). */
    public String status(String orderId) {
        return byOrder(orderId).map(p -> p.status().name()).orElseThrow(() -> DomainException.notFound("payment"));
    }

    /**
     * The provider says an amount is reserved. Verified (signature, known order, same amount, DKK),
     * idempotent (the same callback again changes nothing), and a second transaction id for a paid
     * order is refused as a replay.
     */
    public void callback(Map<String, String> parameters) {
        CallbackCheck check = provider.verify(parameters);
        if (!check.valid()) {
            refuse(null, check.reason());
        }
        Payment p = byOrder(check.orderId()).orElse(null);
        if (p == null) {
            refuse(null, "unknown-order");
        }
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(p);
        if (check.amountOre() != p.amountOre() || !DANISH_KRONER.contains(check.currency())) {
            refuse(p, "amount-mismatch");
        }
        if (p.transactionId() != null) {
            if (p.transactionId().equals(check.transactionId())) {
                return; // the provider repeats callbacks until it hears 200: the same one is fine
            }
            refuse(p, "second-transaction");
        }
        Instant now = clock.now();
        p.authorise(check.transactionId(), now);
        Invoice invoice = em.find(Invoice.class, p.invoiceId());
        boolean stillOwed = invoice.markPaid(now);
        audit.recordAs(PROVIDER_ACTOR, p.schoolId(), AuditAction.UPDATE, "payment", p.id(), Purpose.INVOICING, "OK");
        if (!stillOwed) {
            // Cancelled (credited) or paid by transfer meanwhile: let the reservation go.
            em.persist(new PaymentTask(p.schoolId(), p.id(), PaymentTask.Kind.DELETE, p.amountOre(), now));
        } else if (em.find(Course.class, invoice.courseId()).status() == CourseStatus.CONFIRMED) {
            em.persist(new PaymentTask(p.schoolId(), p.id(), PaymentTask.Kind.CAPTURE, p.amountOre(), now));
        }
    }

    private void refuse(Payment p, String reason) {
        throw new CallbackRefused(p == null ? null : p.schoolId(), p == null ? null : p.id(), reason);
    }

    private Optional<Payment> byOrder(String orderId) {
        if (orderId == null || orderId.length() > 20) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Payment p WHERE p.orderId = :o", Payment.class)
                .setParameter("o", orderId).getResultStream().findFirst();
    }
}
