package dk.oplys.core.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** One meeting of a course (lektion/mødegang); its lesson units are derived from its times. */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "lesson_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected Lesson() {
    }

    Lesson(Course course, LocalDate date, LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a lesson must end after it starts");
        }
        this.course = course;
        this.date = date;
        this.start = start;
        this.end = end;
    }

    /** Moves the lesson to another day or time (before it is held; the service checks that). */
    public void reschedule(LocalDate newDate, LocalTime newStart, LocalTime newEnd) {
        if (!newEnd.isAfter(newStart)) {
            throw new IllegalArgumentException("a lesson must end after it starts");
        }
        this.date = newDate;
        this.start = newStart;
        this.end = newEnd;
    }

    public Long id() { return id; }
    public LocalDate date() { return date; }
    public LocalTime start() { return start; }
    public LocalTime end() { return end; }

    public BigDecimal units() {
        return LessonUnits.between(start, end);
    }
}
