package dk.oplys.core.domain.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Remembers which enrolment a sign-up's idempotency key produced, so a retry returns it again. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Id
    @Column(name = "idem_key")
    private String key;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(Long schoolId, String key, Long courseId, Long enrolmentId, Instant createdAt) {
        this.schoolId = schoolId;
        this.key = key;
        this.courseId = courseId;
        this.enrolmentId = enrolmentId;
        this.createdAt = createdAt;
    }

    public Long courseId() { return courseId; }
    public Long enrolmentId() { return enrolmentId; }

    /** Composite primary key: (school, key). */
    public static class Key implements Serializable {
        private Long schoolId;
        private String key;

        public Key() {
        }

        public Key(Long schoolId, String key) {
            this.schoolId = schoolId;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.schoolId, schoolId) && Objects.equals(k.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, key);
        }
    }
}
