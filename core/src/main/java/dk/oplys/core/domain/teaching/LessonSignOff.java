package dk.oplys.core.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The teacher's signature under a lesson's attendance. After it, changes need a reason. */
@Entity
@Table(name = "lesson_signoff")
public class LessonSignOff {

    @Id
    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "signed_by", nullable = false)
    private String signedBy;

    @Column(name = "signed_by_name", nullable = false)
    private String signedByName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected LessonSignOff() {
    }

    public LessonSignOff(Long lessonId, Long schoolId, String signedBy, String signedByName, Instant signedAt) {
        this.lessonId = lessonId;
        this.schoolId = schoolId;
        this.signedBy = signedBy;
        this.signedByName = signedByName;
        this.signedAt = signedAt;
    }

    public Long lessonId() { return lessonId; }
    public String signedBy() { return signedBy; }
    public String signedByName() { return signedByName; }
    public Instant signedAt() { return signedAt; }
}
