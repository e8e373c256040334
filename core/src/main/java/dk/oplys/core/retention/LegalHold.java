package dk.oplys.core.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Keeps a person's data, or the data of everyone on a course, past its retention rule until an
 * end date, for a stated reason (a dispute, the municipality's audit of the subsidy).
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "participant_id", updatable = false)
    private Long participantId;

    @Column(name = "course_id", updatable = false)
    private Long courseId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    protected LegalHold() {
    }

    public LegalHold(Long schoolId, Long participantId, Long courseId, String reason, LocalDate endsOn, String by,
                     Instant at) {
        this.schoolId = schoolId;
        this.participantId = participantId;
        this.courseId = courseId;
        this.reason = reason;
        this.endsOn = endsOn;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Active through its end date, unless released earlier. */
    public boolean activeOn(LocalDate day) {
        return releasedAt == null && !endsOn.isBefore(day);
    }

    public void release(String by, Instant at) {
        if (releasedAt == null) {
            releasedAt = at;
            releasedBy = by;
        }
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long participantId() { return participantId; }
    public Long courseId() { return courseId; }
    public String reason() { return reason; }
    public LocalDate endsOn() { return endsOn; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant releasedAt() { return releasedAt; }
}
