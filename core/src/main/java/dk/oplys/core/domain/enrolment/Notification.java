package dk.oplys.core.domain.enrolment;

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
 * A message owed to a participant, written in the same transaction as the change that causes it
 * (an outbox): the mail integration sends it and stamps {@code sentAt}. Holds references only.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** What the participant is told. */
    public enum Kind {
        ENROLMENT_CONFIRMED, PLACED_ON_WAITING_LIST, PROMOTED_FROM_WAITING_LIST, ENROLMENT_CANCELLED,
        CREDIT_NOTE_ISSUED, INVOICE_RESENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The invoice or credit note the message is about, if any (attached as PDF). */
    @Column(name = "invoice_id")
    private Long invoiceId;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected Notification() {
    }

    public Notification(Long schoolId, Kind kind, Long enrolmentId, Instant createdAt) {
        this.schoolId = schoolId;
        this.kind = kind;
        this.enrolmentId = enrolmentId;
        this.createdAt = createdAt;
    }

    public Notification(Long schoolId, Kind kind, Long enrolmentId, Instant createdAt, Long invoiceId) {
        this(schoolId, kind, enrolmentId, createdAt);
        this.invoiceId = invoiceId;
    }

    public void sent(Instant at) {
        sentAt = at;
    }

    public void retryAt(Instant when) {
        attempts++;
        nextAttemptAt = when;
    }

    public Long schoolId() { return schoolId; }
    public Long invoiceId() { return invoiceId; }
    public int attempts() { return attempts; }
    public Long id() { return id; }
    public Kind kind() { return kind; }
    public Long enrolmentId() { return enrolmentId; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
}
