package dk.oplys.core.domain.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A call owed to the payment provider (capture, credit, delete), written in the transaction of
 * the change that needs it. A timer carries it out and retries while the provider is down; staff
 * see the pending ones. Nothing is lost if the provider, or this node, fails in between.
 */
@Entity
@Table(name = "payment_task")
public class PaymentTask {

    public enum Kind {
        CAPTURE, CREDIT, DELETE
    }

    public enum Status {
        PENDING, DONE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private Long paymentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "amount_ore", nullable = false, updatable = false)
    private long amountOre;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected PaymentTask() {
    }

    public PaymentTask(Long schoolId, Long paymentId, Kind kind, long amountOre, Instant now) {
        this.schoolId = schoolId;
        this.paymentId = paymentId;
        this.kind = kind;
        this.amountOre = amountOre;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void done(Instant now) {
        status = Status.DONE;
        doneAt = now;
        lastError = null;
    }

    public void retryAt(Instant when, String error) {
        nextAttemptAt = when;
        lastError = error;
    }

    public void failed(String error, Instant now) {
        status = Status.FAILED;
        lastError = error;
        doneAt = now;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long paymentId() { return paymentId; }
    public Kind kind() { return kind; }
    public long amountOre() { return amountOre; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
}
