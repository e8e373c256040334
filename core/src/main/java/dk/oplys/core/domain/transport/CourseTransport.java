package dk.oplys.core.domain.transport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The haulier that drives a course, and how many minutes before a lesson the pickups start. */
@Entity
@Table(name = "course_transport")
public class CourseTransport {

    public static final int DEFAULT_MARGIN_MINUTES = 45;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "haulier_id", nullable = false)
    private Long haulierId;

    @Column(name = "margin_minutes", nullable = false)
    private int marginMinutes;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected CourseTransport() {
    }

    public CourseTransport(Long courseId, Long schoolId, Long haulierId, int marginMinutes, Instant assignedAt) {
        this.courseId = courseId;
        this.schoolId = schoolId;
        assign(haulierId, marginMinutes, assignedAt);
    }

    public void assign(Long haulierId, int marginMinutes, Instant at) {
        this.haulierId = haulierId;
        this.marginMinutes = marginMinutes;
        this.assignedAt = at;
    }

    public Long courseId() { return courseId; }
    public Long schoolId() { return schoolId; }
    public Long haulierId() { return haulierId; }
    public int marginMinutes() { return marginMinutes; }
}
