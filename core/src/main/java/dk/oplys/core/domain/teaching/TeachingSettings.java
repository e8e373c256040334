package dk.oplys.core.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A school's rules for its teachers: how many days before the first lesson and after the last one
 * a teacher sees the participants, and whether the list shows a phone number (for cancellations).
 */
@Entity
@Table(name = "teaching_settings")
public class TeachingSettings {

    public static final int DEFAULT_DAYS_BEFORE = 14;
    public static final int DEFAULT_DAYS_AFTER = 30;

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "access_days_before", nullable = false)
    private int accessDaysBefore = DEFAULT_DAYS_BEFORE;

    @Column(name = "access_days_after", nullable = false)
    private int accessDaysAfter = DEFAULT_DAYS_AFTER;

    @Column(name = "teacher_sees_phone", nullable = false)
    private boolean teacherSeesPhone;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected TeachingSettings() {
    }

    /** The defaults, for a school that never changed them (not persisted until changed). */
    public static TeachingSettings defaults(long schoolId) {
        TeachingSettings s = new TeachingSettings();
        s.schoolId = schoolId;
        return s;
    }

    public void change(int daysBefore, int daysAfter, boolean seesPhone, String by, Instant at) {
        this.accessDaysBefore = daysBefore;
        this.accessDaysAfter = daysAfter;
        this.teacherSeesPhone = seesPhone;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public TeacherAccessPolicy accessPolicy() {
        return new TeacherAccessPolicy(accessDaysBefore, accessDaysAfter);
    }

    public Long schoolId() { return schoolId; }
    public int accessDaysBefore() { return accessDaysBefore; }
    public int accessDaysAfter() { return accessDaysAfter; }
    public boolean teacherSeesPhone() { return teacherSeesPhone; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
