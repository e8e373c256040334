package dk.oplys.core.application.teaching;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.application.billing.InvoiceDocuments.Rendered;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.teaching.LessonSignOff;
import dk.oplys.core.domain.teaching.TeachingSettings;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The office's side of teaching: attendance per course and per participant, lesson units per
 * course and teacher for the subsidy accounts, the school's teaching settings, and the protocol
 * and meeting cards as PDF. Always the caller's own school; every read of names is audited.
 */
@Stateless
public class TeachingService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    @Inject
    private TeachingRules rules;

    @Inject
    private AttendanceRegister register;

    @Inject
    private TeachingDocuments documents;

    /** Every lesson of the course with its marks and sign-off. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<LessonAttendanceView> courseAttendance(long courseId) {
        Course c = course(courseId);
        audit.record(c.schoolId(), AuditAction.READ, "course-attendance", c.id(), Purpose.TEACHING);
        return register.views(c);
    }

    /** One enrolment's marks across its course. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public ParticipantAttendanceView enrolmentAttendance(long enrolmentId) {
        Enrolment e = enrolment(enrolmentId);
        Course c = e.course();
        Map<Long, Map<Long, Boolean>> marks = register.marksOf(c.lessons().stream().map(Lesson::id).toList());
        Map<Long, LessonSignOff> signed = register.signOffs(c);
        List<ParticipantAttendanceView.Mark> list = new ArrayList<>();
        int attended = 0;
        for (Lesson l : c.lessons()) {
            Boolean p = marks.getOrDefault(l.id(), Map.of()).get(e.id());
            attended += Boolean.TRUE.equals(p) ? 1 : 0;
            list.add(new ParticipantAttendanceView.Mark(l.id(), l.date(), p, signed.containsKey(l.id())));
        }
        audit.record(c.schoolId(), AuditAction.READ, "participant", e.participant().id(), Purpose.TEACHING);
        return new ParticipantAttendanceView(e.id(), c.id(), c.title(), AttendanceRegister.name(e), list.size(), attended,
                list);
    }

    /**
     * Lesson units per course and teacher for lessons dated in [from, to] (either may be open), for
     * the subsidy accounts. A course with several teachers counts its units once per teacher.
     */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<TeachingHours> hours(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the period must not end before it starts", "to");
        }
        List<TeachingHours> out = new ArrayList<>();
        List<Course> courses = em.createQuery("SELECT c FROM Course c WHERE c.schoolId = :s ORDER BY c.title, c.id",
                Course.class).setParameter("s", currentUser.schoolId()).getResultList();
        for (Course c : courses) {
            List<Lesson> in = c.lessons().stream().filter(l -> (from == null || !l.date().isBefore(from))
                    && (to == null || !l.date().isAfter(to))).toList();
            if (in.isEmpty()) {
                continue;
            }
            Map<Long, LessonSignOff> signed = register.signOffs(c);
            List<Lesson> signedIn = in.stream().filter(l -> signed.containsKey(l.id())).toList();
            for (AppUser t : c.teachers().stream().sorted(Comparator.comparing(AppUser::username)).toList()) {
                out.add(new TeachingHours(c.id(), c.title(), c.activityKind(), t.username(), t.fullName(), in.size(),
                        sum(in), signedIn.size(), sum(signedIn)));
            }
        }
        return out;
    }

    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public TeachingSettingsView settings() {
        return TeachingSettingsView.of(rules.of(currentUser.schoolId()));
    }

    /** The school admin sets the teachers' access window and whether they see phone numbers. */
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public TeachingSettingsView changeSettings(@Min(0) @Max(365) int daysBefore, @Min(0) @Max(365) int daysAfter,
                                               boolean teacherSeesPhone) {
        long school = currentUser.schoolId();
        TeachingSettings s = em.find(TeachingSettings.class, school);
        boolean fresh = s == null;
        if (fresh) {
            s = TeachingSettings.defaults(school);
        }
        s.change(daysBefore, daysAfter, teacherSeesPhone, currentUser.actor(), clock.now());
        if (fresh) {
            em.persist(s);
        }
        return TeachingSettingsView.of(s);
    }

    /** The course's mødeprotokol; the download is audited as an export. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public Rendered protocol(long courseId) {
        Course c = course(courseId);
        audit.record(c.schoolId(), AuditAction.EXPORT, "course-attendance", c.id(), Purpose.TEACHING);
        return documents.protocol(c);
    }

    /** A participant's mødekort (e.g. to print for someone without e-mail); audited as an export. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public Rendered meetingCard(long enrolmentId) {
        Enrolment e = enrolment(enrolmentId);
        audit.record(e.schoolId(), AuditAction.EXPORT, "participant", e.participant().id(), Purpose.TEACHING);
        return documents.meetingCard(e);
    }

    private Course course(long id) {
        Course c = em.find(Course.class, id);
        if (c == null || c.schoolId() != currentUser.schoolId()) {
            throw DomainException.notFound("course");
        }
        return c;
    }

    private Enrolment enrolment(long id) {
        Enrolment e = em.find(Enrolment.class, id);
        if (e == null || e.schoolId() != currentUser.schoolId()) {
            throw DomainException.notFound("enrolment");
        }
        return e;
    }

    private static BigDecimal sum(List<Lesson> lessons) {
        return lessons.stream().map(Lesson::units).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
