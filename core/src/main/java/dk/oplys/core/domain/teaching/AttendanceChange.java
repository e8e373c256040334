package dk.oplys.core.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change to a signed-off lesson's attendance: the mark before and after, who, when and why. */
@Entity
@Table(name = "attendance_change")
public class AttendanceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private Long lessonId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Column(name = "present_before", updatable = false)
    private Boolean presentBefore;

    @Column(name = "present_after", nullable = false, updatable = false)
    private boolean presentAfter;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected AttendanceChange() {
    }

    public AttendanceChange(Long schoolId, Long lessonId, Long enrolmentId, Boolean presentBefore, boolean presentAfter,
                            String reason, String changedBy, Instant changedAt) {
        this.schoolId = schoolId;
        this.lessonId = lessonId;
        this.enrolmentId = enrolmentId;
        this.presentBefore = presentBefore;
        this.presentAfter = presentAfter;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long id() { return id; }
    public Long lessonId() { return lessonId; }
    public Long enrolmentId() { return enrolmentId; }
    public Boolean presentBefore() { return presentBefore; }
    public boolean presentAfter() { return presentAfter; }
    public String reason() { return reason; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
