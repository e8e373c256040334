package dk.oplys.core.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether one enrolled participant attended one lesson (fremmøde), and who marked it when. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    private boolean present;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {
    }

    public Attendance(Long schoolId, Long lessonId, Long enrolmentId, boolean present, String by, Instant at) {
        this.schoolId = schoolId;
        this.lessonId = lessonId;
        this.enrolmentId = enrolmentId;
        mark(present, by, at);
    }

    public void mark(boolean present, String by, Instant at) {
        this.present = present;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() { return id; }
    public Long lessonId() { return lessonId; }
    public Long enrolmentId() { return enrolmentId; }
    public boolean present() { return present; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
