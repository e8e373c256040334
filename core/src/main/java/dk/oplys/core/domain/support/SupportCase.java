package dk.oplys.core.domain.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A school's permission for the association's IT support to look at one person's data, for a
 * stated reason, until an end time (or until the school closes it first).
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected SupportCase() {
    }

    public SupportCase(Long schoolId, Long participantId, String reason, String openedBy, Instant openedAt,
                       Instant endsAt) {
        this.schoolId = schoolId;
        this.participantId = participantId;
        this.reason = reason;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.endsAt = endsAt;
    }

    /** Open means: not closed, and the end time not reached. */
    public boolean openAt(Instant now) {
        return closedAt == null && now.isBefore(endsAt);
    }

    public void close(String by, Instant at) {
        if (closedAt == null) {
            closedAt = at;
            closedBy = by;
        }
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long participantId() { return participantId; }
    public String reason() { return reason; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public Instant endsAt() { return endsAt; }
    public Instant closedAt() { return closedAt; }
}
