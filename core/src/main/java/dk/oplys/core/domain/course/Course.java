package dk.oplys.core.domain.course;

import dk.oplys.core.domain.user.AppUser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A course (hold). Seats are counted in {@code seatsTaken}, which only the enrolment repository's
 * conditional update changes; the entity never increments it in memory.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind")
    private ActivityKind activityKind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    private int capacity;

    @Column(name = "seats_taken", insertable = false, updatable = false)
    private int seatsTaken;

    @Column(name = "fee_ore")
    private long feeOre;

    @Column(name = "reduced_fee_ore")
    private Long reducedFeeOre;

    @Column(name = "signup_opens_at")
    private Instant signupOpensAt;

    @Column(name = "signup_closes_at")
    private Instant signupClosesAt;

    @Enumerated(EnumType.STRING)
    private CourseStatus status;

    @Column(name = "transport_offered")
    private boolean transportOffered;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, start")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CourseField> fields = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "course_teacher", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<AppUser> teachers = new HashSet<>();

    protected Course() {
    }

    public Course(Long schoolId, String title, String description, ActivityKind activityKind, Venue venue,
                  int capacity, long feeOre, Long reducedFeeOre, Instant signupOpensAt, Instant signupClosesAt,
                  boolean transportOffered, Instant createdAt) {
        this.schoolId = schoolId;
        this.title = title;
        this.description = description;
        this.activityKind = activityKind;
        this.venue = venue;
        this.capacity = capacity;
        this.feeOre = feeOre;
        this.reducedFeeOre = reducedFeeOre;
        this.signupOpensAt = signupOpensAt;
        this.signupClosesAt = signupClosesAt;
        this.transportOffered = transportOffered;
        this.createdAt = createdAt;
        this.status = CourseStatus.DRAFT;
    }

    public Lesson addLesson(LocalDate date, LocalTime start, LocalTime end) {
        Lesson lesson = new Lesson(this, date, start, end);
        lessons.add(lesson);
        return lesson;
    }

    /** The course's lesson with this id, if it is one of this course's. */
    public Optional<Lesson> lesson(long lessonId) {
        return lessons.stream().filter(l -> l.id() != null && l.id() == lessonId).findFirst();
    }

    /** Cancels a lesson: it is no longer part of the course (its row goes, by orphan removal). */
    public void removeLesson(Lesson lesson) {
        lessons.remove(lesson);
    }

    public void addField(String key, String label, FieldType type, boolean required, List<String> options) {
        fields.add(new CourseField(this, key, label, type, required, options, fields.size()));
    }

    public void addTeacher(AppUser teacher) {
        teachers.add(teacher);
    }

    /** Moves the course to a new status if the transition is allowed. */
    public boolean moveTo(CourseStatus target) {
        if (!status.next().contains(target)) {
            return false;
        }
        status = target;
        return true;
    }

    /** Whether the online sign-up window is open at the given instant. */
    public boolean signupWindowOpen(Instant now) {
        return !now.isBefore(signupOpensAt) && now.isBefore(signupClosesAt);
    }

    public BigDecimal totalLessonUnits() {
        return lessons.stream().map(Lesson::units).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<LocalDate> firstLessonDate() {
        return lessons.stream().map(Lesson::date).min(Comparator.naturalOrder());
    }

    public Optional<LocalDate> lastLessonDate() {
        return lessons.stream().map(Lesson::date).max(Comparator.naturalOrder());
    }

    public boolean taughtBy(String username) {
        return teachers.stream().anyMatch(t -> t.username().equals(username));
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String title() { return title; }
    public String description() { return description; }
    public ActivityKind activityKind() { return activityKind; }
    public Venue venue() { return venue; }
    public int capacity() { return capacity; }
    public int seatsTaken() { return seatsTaken; }
    public long feeOre() { return feeOre; }
    public Optional<Long> reducedFeeOre() { return Optional.ofNullable(reducedFeeOre); }
    public Instant signupOpensAt() { return signupOpensAt; }
    public Instant signupClosesAt() { return signupClosesAt; }
    public CourseStatus status() { return status; }
    public boolean transportOffered() { return transportOffered; }
    public List<Lesson> lessons() { return List.copyOf(lessons); }
    public List<CourseField> fields() { return List.copyOf(fields); }
    public Set<AppUser> teachers() { return Set.copyOf(teachers); }
}
