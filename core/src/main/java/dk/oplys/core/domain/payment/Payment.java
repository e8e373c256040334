package dk.oplys.core.domain.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A card payment for one invoice through the payment provider. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(nullable = false, updatable = false)
    private String provider;

    /** Opaque, random: the only reference to us the provider gets besides payer and course id. */
    @Column(name = "order_id", nullable = false, updatable = false)
    private String orderId;

    @Column(name = "transaction_id")
    private String transactionId;

    @Column(name = "amount_ore", nullable = false, updatable = false)
    private long amountOre;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "authorised_at")
    private Instant authorisedAt;

    @Column(name = "captured_at")
    private Instant capturedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Payment() {
    }

    public Payment(Long schoolId, Long invoiceId, String provider, String orderId, long amountOre, Instant now) {
        this.schoolId = schoolId;
        this.invoiceId = invoiceId;
        this.provider = provider;
        this.orderId = orderId;
        this.amountOre = amountOre;
        this.status = PaymentStatus.CREATED;
        this.createdAt = now;
    }

    public void authorise(String transactionId, Instant now) {
        this.transactionId = transactionId;
        this.status = PaymentStatus.AUTHORISED;
        this.authorisedAt = now;
    }

    public void captured(Instant now) {
        status = PaymentStatus.CAPTURED;
        capturedAt = now;
    }

    public void closed(PaymentStatus how, Instant now) {
        status = how;
        closedAt = now;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long invoiceId() { return invoiceId; }
    public String provider() { return provider; }
    public String orderId() { return orderId; }
    public String transactionId() { return transactionId; }
    public long amountOre() { return amountOre; }
    public PaymentStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant authorisedAt() { return authorisedAt; }
    public Instant capturedAt() { return capturedAt; }
}
