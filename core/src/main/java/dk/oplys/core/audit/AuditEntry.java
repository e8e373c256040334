package dk.oplys.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited access: who, when, what kind of record, which id, and why. Never the data itself. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(nullable = false)
    private String outcome;

    protected AuditEntry() {
    }

    public AuditEntry(Long schoolId, Instant occurredAt, String actor, AuditAction action, String subjectType,
                      Long subjectId, Purpose purpose, String outcome) {
        this.schoolId = schoolId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.purpose = purpose;
        this.outcome = outcome;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public AuditAction action() { return action; }
    public String subjectType() { return subjectType; }
    public Long subjectId() { return subjectId; }
    public Purpose purpose() { return purpose; }
    public String outcome() { return outcome; }
}
