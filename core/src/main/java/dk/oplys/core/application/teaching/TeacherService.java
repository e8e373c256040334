package dk.oplys.core.application.teaching;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.application.billing.InvoiceDocuments.Rendered;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.disclosure.DisclosureLog;
import dk.oplys.core.disclosure.Field;
import dk.oplys.core.disclosure.Recipient;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.CourseField;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import dk.oplys.core.domain.teaching.LessonSignOff;
import dk.oplys.core.domain.teaching.TeacherAccessPolicy;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher's side: only courses they teach (another course is "not found"), the participants
 * only inside the school's access window ({@link TeacherAccessPolicy}), and then trimmed to the
 * TEACHER recipient's fields. Each list and protocol handed out is a disclosure and is logged.
 */
@Stateless
@RolesAllowed(Roles.TEACHER)
public class TeacherService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AppClock clock;

    @Inject
    private TeachingRules rules;

    @Inject
    private AttendanceRegister register;

    @Inject
    private TeachingDocuments documents;

    @Inject
    private DisclosureLog disclosures;

    /** The caller's own courses, with lessons and their own lesson units; never the participants. */
    public List<TeacherCourseView> myCourses() {
        long school = currentUser.schoolId();
        TeacherAccessPolicy policy = rules.of(school).accessPolicy();
        return em.createQuery("SELECT DISTINCT c FROM Course c JOIN c.teachers t WHERE t.username = :u "
                        + "AND c.schoolId = :s ORDER BY c.title", Course.class)
                .setParameter("u", currentUser.actor()).setParameter("s", school)
                .getResultStream().map(c -> view(c, policy)).toList();
    }

    /** One own course. */
    public TeacherCourseView course(long courseId) {
        Course c = own(courseId);
        return view(c, rules.of(c.schoolId()).accessPolicy());
    }

    /**
     * The trimmed participant list: confirmed participants' names and the course's own fields; the
     * phone number only if the school turned it on. Refused outside the access window. Logged as a
     * disclosure to the teacher, naming the fields sent.
     */
    public List<TrimmedParticipant> participants(long courseId) {
        Course c = openCourse(courseId);
        boolean phone = rules.of(c.schoolId()).teacherSeesPhone();
        Set<String> keys = c.fields().stream().map(CourseField::key).collect(java.util.stream.Collectors.toSet());
        List<Enrolment> enrolled = register.roster(c).stream().filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
                .toList();
        List<TrimmedParticipant> list = enrolled.stream().map(e -> {
            Map<String, String> fields = new LinkedHashMap<>();
            c.fields().forEach(f -> {
                String v = e.fieldValues().get(f.key());
                if (v != null && keys.contains(f.key())) {
                    fields.put(f.key(), v);
                }
            });
            return new TrimmedParticipant(e.id(), e.participant().firstName(), e.participant().lastName(), fields,
                    phone ? e.participant().phone().orElse(null) : null);
        }).toList();
        Set<Field> sent = EnumSet.of(Field.NAME);
        if (!keys.isEmpty()) {
            sent.add(Field.COURSE_FIELDS);
        }
        if (phone) {
            sent.add(Field.PHONE);
        }
        disclose(c, sent, DisclosureChannel.REST_PULL, enrolled, "participants:course-" + c.id());
        return list;
    }

    public LessonAttendanceView attendance(long courseId, long lessonId) {
        Course c = openCourse(courseId);
        LessonAttendanceView v = register.view(c, register.lessonOf(c, lessonId));
        disclose(c, EnumSet.of(Field.NAME, Field.ATTENDANCE), DisclosureChannel.REST_PULL, register.roster(c),
                "attendance:lesson-" + lessonId);
        return v;
    }

    /** Marks attendance; after the sign-off only with a reason, and each change is logged (see the register). */
    public LessonAttendanceView mark(long courseId, long lessonId, @NotNull @Size(max = 200) List<@Valid @NotNull AttendanceMark> marks,
                                     @Size(max = 500) String reason) {
        Course c = openCourse(courseId);
        return register.mark(c, register.lessonOf(c, lessonId), marks, reason, currentUser.actor());
    }

    /** Signs the lesson's attendance as the caller. */
    public LessonAttendanceView signOff(long courseId, long lessonId) {
        Course c = openCourse(courseId);
        AppUser me = currentUser.user().orElseThrow();
        return register.signOff(c, register.lessonOf(c, lessonId), me.username(), me.fullName());
    }

    /** The mødeprotokol of an own course, inside the access window; a disclosure of names and attendance. */
    public Rendered protocol(long courseId) {
        Course c = openCourse(courseId);
        Rendered r = documents.protocol(c);
        disclose(c, EnumSet.of(Field.NAME, Field.ATTENDANCE), DisclosureChannel.FILE_DOWNLOAD, register.roster(c),
                "protocol:course-" + c.id());
        return r;
    }

    private void disclose(Course c, Set<Field> fields, DisclosureChannel channel, List<Enrolment> who, String doc) {
        disclosures.record(c.schoolId(), Recipient.TEACHER, currentUser.actor(), channel, fields,
                who.stream().map(e -> e.participant().id()).distinct().toList(), doc, currentUser.actor(),
                Purpose.TEACHING);
    }

    private Course own(long courseId) {
        Course c = em.find(Course.class, courseId);
        if (c == null || c.schoolId() != currentUser.schoolId() || !c.taughtBy(currentUser.actor())) {
            throw DomainException.notFound("course");
        }
        return c;
    }

    /** An own course whose participant window is open today. */
    private Course openCourse(long courseId) {
        Course c = own(courseId);
        TeacherAccessPolicy.Allowance a = rules.of(c.schoolId()).accessPolicy()
                .participantsVisible(c.firstLessonDate(), c.lastLessonDate(), today());
        if (!a.allowed()) {
            throw new DomainException(ErrorCode.TEACHER_ACCESS_CLOSED, a.reason());
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock.clock());
    }

    private TeacherCourseView view(Course c, TeacherAccessPolicy policy) {
        TeacherAccessPolicy.Allowance a = policy.participantsVisible(c.firstLessonDate(), c.lastLessonDate(), today());
        Map<Long, LessonSignOff> signed = register.signOffs(c);
        List<TeacherCourseView.Lesson> lessons = c.lessons().stream().map(l -> new TeacherCourseView.Lesson(l.id(),
                l.date(), l.start(), l.end(), l.units(), signed.containsKey(l.id()))).toList();
        BigDecimal signedUnits = c.lessons().stream().filter(l -> signed.containsKey(l.id())).map(Lesson::units)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TeacherCourseView(c.id(), c.title(), c.activityKind(), c.status(), c.venue().name(),
                c.venue().street() + ", " + c.venue().postcode() + " " + c.venue().city(), lessons,
                c.totalLessonUnits(), signedUnits,
                c.fields().stream().map(f -> new TeacherCourseView.Field(f.key(), f.label())).toList(), a.allowed(),
                a.from(), a.until(), a.reason());
    }
}
