package dk.oplys.core.application.teaching;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import dk.oplys.core.domain.teaching.Attendance;
import dk.oplys.core.domain.teaching.AttendanceChange;
import dk.oplys.core.domain.teaching.LessonSignOff;
import dk.oplys.core.infrastructure.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mødeprotokol of a course: who is on the register, the marks per lesson, the sign-offs and the
 * changes after them. Shared by the teacher's and the office's services, which check access first;
 * this class enforces the rules of the register itself (a lesson is marked and signed only once it
 * has started, a signed lesson changes only with a reason, and every such change is logged).
 */
@ApplicationScoped
public class AttendanceRegister {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    /**
     * The register's rows: every confirmed enrolment, plus any cancelled one that already has marks
     * (a participant who left mid-course stays in the protocol for the lessons they attended).
     */
    public List<Enrolment> roster(Course c) {
        List<Enrolment> all = em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.participant WHERE e.course.id = :c "
                        + "AND (e.status = :confirmed OR e.id IN (SELECT a.enrolmentId FROM Attendance a "
                        + "WHERE a.lessonId IN (SELECT l.id FROM Lesson l WHERE l.course.id = :c)))", Enrolment.class)
                .setParameter("c", c.id()).setParameter("confirmed", EnrolmentStatus.CONFIRMED).getResultList();
        return all.stream().sorted(Comparator.comparing((Enrolment e) -> e.participant().lastName())
                .thenComparing(e -> e.participant().firstName()).thenComparing(Enrolment::id)).toList();
    }

    public Lesson lessonOf(Course c, long lessonId) {
        return c.lessons().stream().filter(l -> l.id() == lessonId).findFirst()
                .orElseThrow(() -> DomainException.notFound("lesson"));
    }

    public LessonAttendanceView view(Course c, Lesson l) {
        return view(l, roster(c), marksOf(List.of(l.id())), signOffs(c));
    }

    /** All lessons of the course, in order. */
    public List<LessonAttendanceView> views(Course c) {
        List<Enrolment> roster = roster(c);
        Map<Long, Map<Long, Boolean>> marks = marksOf(c.lessons().stream().map(Lesson::id).toList());
        Map<Long, LessonSignOff> signOffs = signOffs(c);
        return c.lessons().stream().map(l -> view(l, roster, marks, signOffs)).toList();
    }

    /**
     * Records marks for one lesson. Before the sign-off the teacher may change them freely; after it
     * a reason is required and each changed mark is written to the change log and audited.
     */
    public LessonAttendanceView mark(Course c, Lesson l, List<AttendanceMark> marks, String reason, String actor) {
        requireStarted(l);
        Map<Long, Enrolment> roster = roster(c).stream().collect(Collectors.toMap(Enrolment::id, Function.identity()));
        for (int i = 0; i < marks.size(); i++) {
            Enrolment e = roster.get(marks.get(i).enrolmentId());
            if (e == null || e.status() == EnrolmentStatus.WAITING) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "not a participant of this course",
                        "marks[" + i + "].enrolmentId");
            }
        }
        boolean signed = em.find(LessonSignOff.class, l.id()) != null;
        String why = reason == null ? null : reason.strip();
        if (signed && (why == null || why.isEmpty())) {
            throw new DomainException(ErrorCode.CHANGE_REASON_REQUIRED,
                    "the lesson is signed off: a change needs a reason", "reason");
        }
        Instant now = clock.now();
        Map<Long, Attendance> existing = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.lessonId = :l", Attendance.class).setParameter("l", l.id())
                .getResultStream().forEach(a -> existing.put(a.enrolmentId(), a));
        for (AttendanceMark m : marks) {
            Attendance a = existing.get(m.enrolmentId());
            Boolean before = a == null ? null : a.present();
            if (before != null && before == m.present()) {
                continue;
            }
            if (a == null) {
                a = new Attendance(c.schoolId(), l.id(), m.enrolmentId(), m.present(), actor, now);
                em.persist(a);
                existing.put(m.enrolmentId(), a);
            } else {
                a.mark(m.present(), actor, now);
            }
            if (signed) {
                AttendanceChange change = new AttendanceChange(c.schoolId(), l.id(), m.enrolmentId(), before, m.present(),
                        why, actor, now);
                em.persist(change);
                em.flush();
                audit.record(c.schoolId(), AuditAction.UPDATE, "attendance-change", change.id(), Purpose.TEACHING);
            }
        }
        em.flush();
        audit.record(c.schoolId(), AuditAction.UPDATE, "lesson-attendance", l.id(), Purpose.TEACHING);
        return view(c, l);
    }

    /** The teacher signs the lesson's attendance; once only, and not before the lesson has started. */
    public LessonAttendanceView signOff(Course c, Lesson l, String username, String fullName) {
        requireStarted(l);
        if (em.find(LessonSignOff.class, l.id()) != null) {
            throw new DomainException(ErrorCode.LESSON_ALREADY_SIGNED_OFF, "the lesson is already signed off");
        }
        em.persist(new LessonSignOff(l.id(), c.schoolId(), username, fullName, clock.now()));
        em.flush();
        audit.record(c.schoolId(), AuditAction.UPDATE, "lesson-signoff", l.id(), Purpose.TEACHING);
        return view(c, l);
    }

    /** Changes after sign-off, oldest first. */
    public List<AttendanceChange> changes(Course c) {
        List<Long> lessons = c.lessons().stream().map(Lesson::id).toList();
        if (lessons.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT x FROM AttendanceChange x WHERE x.lessonId IN :l ORDER BY x.changedAt, x.id",
                AttendanceChange.class).setParameter("l", lessons).getResultList();
    }

    public Map<Long, LessonSignOff> signOffs(Course c) {
        List<Long> lessons = c.lessons().stream().map(Lesson::id).toList();
        if (lessons.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s FROM LessonSignOff s WHERE s.lessonId IN :l", LessonSignOff.class)
                .setParameter("l", lessons).getResultStream()
                .collect(Collectors.toMap(LessonSignOff::lessonId, Function.identity()));
    }

    /** lesson id to (enrolment id to present). */
    public Map<Long, Map<Long, Boolean>> marksOf(List<Long> lessonIds) {
        Map<Long, Map<Long, Boolean>> marks = new HashMap<>();
        if (lessonIds.isEmpty()) {
            return marks;
        }
        em.createQuery("SELECT a FROM Attendance a WHERE a.lessonId IN :l", Attendance.class)
                .setParameter("l", lessonIds).getResultStream()
                .forEach(a -> marks.computeIfAbsent(a.lessonId(), k -> new HashMap<>()).put(a.enrolmentId(), a.present()));
        return marks;
    }

    private LessonAttendanceView view(Lesson l, List<Enrolment> roster, Map<Long, Map<Long, Boolean>> marks,
                                      Map<Long, LessonSignOff> signOffs) {
        Map<Long, Boolean> lessonMarks = marks.getOrDefault(l.id(), Map.of());
        List<LessonAttendanceView.Entry> entries = new ArrayList<>();
        for (Enrolment e : roster) {
            // A cancelled participant appears only in the lessons they were marked for.
            if (e.status() == EnrolmentStatus.CONFIRMED || lessonMarks.containsKey(e.id())) {
                entries.add(new LessonAttendanceView.Entry(e.id(), name(e), lessonMarks.get(e.id())));
            }
        }
        LessonSignOff s = signOffs.get(l.id());
        return new LessonAttendanceView(l.id(), l.date(), l.start(), l.end(), l.units(), s != null,
                s == null ? null : s.signedByName(), s == null ? null : s.signedAt(), entries);
    }

    static String name(Enrolment e) {
        return e.participant().firstName() + " " + e.participant().lastName();
    }

    /** Names by enrolment id, for documents. */
    static Map<Long, String> names(List<Enrolment> roster) {
        Map<Long, String> names = new LinkedHashMap<>();
        roster.forEach(e -> names.put(e.id(), name(e)));
        return names;
    }

    private void requireStarted(Lesson l) {
        Instant starts = LocalDateTime.of(l.date(), l.start()).atZone(AppClock.DANISH).toInstant();
        if (clock.now().isBefore(starts)) {
            throw new DomainException(ErrorCode.LESSON_NOT_STARTED, "the lesson has not started yet");
        }
    }
}
