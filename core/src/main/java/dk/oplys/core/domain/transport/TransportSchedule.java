package dk.oplys.core.domain.transport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a course's driving schedule exactly as the haulier got it (the rows as JSON), what
 * changed since the version before, and when the haulier was told. Versions are never rewritten,
 * only emptied by retention once the course is long over.
 */
@Entity
@Table(name = "transport_schedule")
public class TransportSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(name = "haulier_id", nullable = false, updatable = false)
    private Long haulierId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String changes;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected TransportSchedule() {
    }

    public TransportSchedule(Long schoolId, Long courseId, Long haulierId, int version, Instant createdAt, String content,
                             String changes) {
        this.schoolId = schoolId;
        this.courseId = courseId;
        this.haulierId = haulierId;
        this.version = version;
        this.createdAt = createdAt;
        this.content = content;
        this.changes = changes;
    }

    public void notified(Instant at) {
        notifiedAt = at;
    }

    public void retryAt(Instant when) {
        attempts++;
        nextAttemptAt = when;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long courseId() { return courseId; }
    public Long haulierId() { return haulierId; }
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public String content() { return content; }
    public String changes() { return changes; }
    public Instant notifiedAt() { return notifiedAt; }
    public int attempts() { return attempts; }
}
