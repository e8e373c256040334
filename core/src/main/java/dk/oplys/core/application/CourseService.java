package dk.oplys.core.application;

import dk.oplys.core.application.command.CourseCommand;
import dk.oplys.core.application.transport.SchedulePlanner;
import dk.oplys.core.application.view.CourseView;
import dk.oplys.core.application.view.SignUpFormView;
import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.CourseStatus;
import dk.oplys.core.domain.course.FieldType;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.course.Venue;
import dk.oplys.core.domain.invoice.ReducedFeeGroup;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

/** Courses: the public catalogue, and the school's own course administration. */
@Stateless
public class CourseService {

    private static final EnumSet<CourseStatus> PUBLIC = EnumSet.of(CourseStatus.OPEN, CourseStatus.CONFIRMED);

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private dk.oplys.core.application.billing.Billing billing;

    @Inject
    private EnrolmentWork work;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AppClock clock;

    @Inject
    private SchedulePlanner schedules;

    /** Courses open for sign-up or confirmed, optionally of one school, municipality or kind. Anyone may read it. */
    @PermitAll
    public List<CourseView> catalogue(Long schoolId, String municipalityCode, ActivityKind kind) {
        return em.createQuery("SELECT c FROM Course c JOIN c.venue v WHERE c.status IN :st "
                        + "AND (:school IS NULL OR c.schoolId = :school) "
                        + "AND (:muni IS NULL OR v.municipalityCode = :muni) "
                        + "AND (:kind IS NULL OR c.activityKind = :kind) ORDER BY c.title, c.id", Course.class)
                .setParameter("st", PUBLIC).setParameter("school", schoolId)
                .setParameter("muni", municipalityCode).setParameter("kind", kind)
                .setMaxResults(500)
                .getResultStream().map(CourseView::of).toList();
    }

    /** One published course; drafts do not exist for the public. */
    @PermitAll
    public CourseView publicCourse(long id) {
        Course c = em.find(Course.class, id);
        if (c == null || !PUBLIC.contains(c.status()) && c.status() != CourseStatus.COMPLETED) {
            throw DomainException.notFound("course");
        }
        return CourseView.of(c);
    }

    /**
     * What the public sign-up form of a published course asks for: the CPR number only from people
     * living outside the school's municipality and never for lectures (FOL § 43 stk. 5), and the
     * reduced-fee groups of the school's municipality only when the course has a reduced fee.
     */
    @PermitAll
    public SignUpFormView signUpForm(long id) {
        CourseView course = publicCourse(id);
        Course c = em.find(Course.class, id);
        School school = em.find(School.class, c.schoolId());
        List<SignUpFormView.ReducedFeeGroupView> groups = course.reducedFeeOre() == null ? List.of()
                : em.createQuery("SELECT g FROM ReducedFeeGroup g WHERE g.municipalityCode = :m ORDER BY g.name",
                                ReducedFeeGroup.class)
                        .setParameter("m", school.municipalityCode()).getResultStream()
                        .map(g -> new SignUpFormView.ReducedFeeGroupView(g.code(), g.name(), g.textVersion(),
                                g.declarationText()))
                        .toList();
        return new SignUpFormView(id, school.municipalityCode(), c.activityKind() != ActivityKind.FOREDRAG, groups);
    }

    /** All courses of the caller's school, in any status. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<CourseView> ofMySchool() {
        return em.createQuery("SELECT c FROM Course c JOIN FETCH c.venue WHERE c.schoolId = :s ORDER BY c.title, c.id",
                        Course.class)
                .setParameter("s", currentUser.schoolId())
                .getResultStream().map(CourseView::of).toList();
    }

    /** One course of the caller's school; another school's course is "not found". */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public CourseView get(long id) {
        return CourseView.of(require(id));
    }

    /** The courses the calling teacher teaches (the course data only; participant lists are trimmed elsewhere). */
    @RolesAllowed(Roles.TEACHER)
    public List<CourseView> taughtByMe() {
        return em.createQuery("SELECT DISTINCT c FROM Course c JOIN c.teachers t WHERE t.username = :u "
                        + "AND c.schoolId = :s ORDER BY c.title", Course.class)
                .setParameter("u", currentUser.actor()).setParameter("s", currentUser.schoolId())
                .getResultStream().map(CourseView::of).toList();
    }

    /** Creates a course as a draft in the caller's school; venue and teachers must be the school's own. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public CourseView create(@Valid @NotNull CourseCommand cmd) {
        long schoolId = currentUser.schoolId();
        Venue venue = em.find(Venue.class, cmd.venueId());
        if (venue == null || venue.schoolId() != schoolId) {
            throw new DomainException(ErrorCode.NOT_FOUND, "venue not found", "venueId");
        }
        if (!cmd.signupClosesAt().isAfter(cmd.signupOpensAt())) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the sign-up window must close after it opens",
                    "signupClosesAt");
        }
        if (cmd.reducedFeeOre() != null && cmd.reducedFeeOre() > cmd.feeOre()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the reduced fee cannot exceed the fee", "reducedFeeOre");
        }
        Course c = new Course(schoolId, cmd.title().strip(), cmd.description().strip(), cmd.activityKind(), venue,
                cmd.capacity(), cmd.feeOre(), cmd.reducedFeeOre(), cmd.signupOpensAt(), cmd.signupClosesAt(),
                cmd.transportOffered(), clock.now());
        for (int i = 0; i < cmd.lessons().size(); i++) {
            CourseCommand.LessonTime l = cmd.lessons().get(i);
            if (!l.end().isAfter(l.start())) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "a lesson must end after it starts",
                        "lessons[" + i + "].end");
            }
            c.addLesson(l.date(), l.start(), l.end());
        }
        for (CourseCommand.Field f : cmd.fields()) {
            List<String> options = f.options() == null ? List.of() : f.options();
            if (f.type() == FieldType.CHOICE && options.isEmpty()) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "a choice field needs options", "fields");
            }
            if (c.fields().stream().anyMatch(x -> x.key().equals(f.key()))) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "field keys must be unique", "fields");
            }
            c.addField(f.key(), f.label().strip(), f.type(), f.required(), options);
        }
        for (Long teacherId : cmd.teacherIds()) {
            AppUser t = em.find(AppUser.class, teacherId);
            if (t == null || !schoolIdEquals(t, schoolId) || !t.roles().contains(Roles.TEACHER)) {
                throw new DomainException(ErrorCode.NOT_FOUND, "teacher not found", "teacherIds");
            }
            c.addTeacher(t);
        }
        em.persist(c);
        em.flush();
        return CourseView.of(c);
    }

    /** Moves a course along its life (draft, open, confirmed, completed, or cancelled). */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public CourseView changeStatus(long id, @NotNull CourseStatus target) {
        Course c = require(id);
        if (!c.moveTo(target)) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION,
                    "a " + c.status() + " course cannot become " + target, "status");
        }
        em.flush();
        if (target == CourseStatus.CONFIRMED) {
            billing.captureFor(c.id());
        } else if (target == CourseStatus.CANCELLED) {
            work.cancelAllOf(c.schoolId(), c.id());
        }
        return CourseView.of(c);
    }

    /**
     * Moves a lesson that has not been held on record: no attendance marked, not signed off, and the
     * course neither completed nor cancelled. The driving schedule of a course with transport gets
     * its next version at once (the haulier is told "Flyttet"); the lesson units follow the new times.
     */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public CourseView moveLesson(long courseId, long lessonId, @NotNull LocalDate date, @NotNull LocalTime start,
                                 @NotNull LocalTime end) {
        Course c = require(courseId);
        Lesson lesson = changeable(c, lessonId);
        if (!end.isAfter(start)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "a lesson must end after it starts", "end");
        }
        lesson.reschedule(date, start, end);
        em.flush();
        schedules.refresh(c.id());
        return CourseView.of(c);
    }

    /**
     * Cancels a lesson under the same conditions as a move; a course keeps at least one lesson (cancel
     * the course instead). The driving schedule's next version tells the haulier "Aflyst".
     */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public CourseView cancelLesson(long courseId, long lessonId) {
        Course c = require(courseId);
        Lesson lesson = changeable(c, lessonId);
        if (c.lessons().size() == 1) {
            throw new DomainException(ErrorCode.LAST_LESSON, "a course keeps at least one lesson; cancel the course");
        }
        c.removeLesson(lesson);
        em.flush();
        schedules.refresh(c.id());
        return CourseView.of(c);
    }

    /** The course's lesson, if it may still change: the protocol is evidence once anything is recorded. */
    private Lesson changeable(Course c, long lessonId) {
        Lesson lesson = c.lesson(lessonId).orElseThrow(() -> DomainException.notFound("lesson"));
        if (c.status() == CourseStatus.COMPLETED || c.status() == CourseStatus.CANCELLED) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION,
                    "the lessons of a " + c.status() + " course do not change", "status");
        }
        long recorded = ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM attendance WHERE lesson_id = :l)"
                + " + (SELECT COUNT(*) FROM lesson_signoff WHERE lesson_id = :l)").setParameter("l", lessonId)
                .getSingleResult()).longValue();
        if (recorded > 0) {
            throw new DomainException(ErrorCode.LESSON_RECORDED,
                    "attendance is recorded for the lesson; it can no longer be moved or cancelled");
        }
        return lesson;
    }

    private Course require(long id) {
        Course c = em.find(Course.class, id);
        if (c == null || c.schoolId() != currentUser.schoolId()) {
            throw DomainException.notFound("course");
        }
        return c;
    }

    private static boolean schoolIdEquals(AppUser u, long schoolId) {
        return u.schoolId() != null && u.schoolId() == schoolId;
    }
}
