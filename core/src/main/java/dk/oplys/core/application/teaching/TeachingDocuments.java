package dk.oplys.core.application.teaching;

import dk.oplys.core.application.billing.InvoiceDocuments.Rendered;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.course.Venue;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.teaching.AttendanceChange;
import dk.oplys.core.domain.teaching.LessonSignOff;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.pdf.MeetingCardDocument;
import dk.oplys.integration.pdf.MeetingCardPdf;
import dk.oplys.integration.pdf.ProtocolDocument;
import dk.oplys.integration.pdf.ProtocolPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mødeprotokol and the mødekort as PDF/A, built here from the entities in one place. The
 * protocol names participants by name only; the card goes to the participant and holds their name,
 * the course, the venue, the lessons, the teacher and the school's contact. Callers check access
 * and audit; this class only renders.
 */
@ApplicationScoped
public class TeachingDocuments {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AttendanceRegister register;

    @Inject
    private AppClock clock;

    public Rendered protocol(Course c) {
        School school = em.find(School.class, c.schoolId());
        List<Enrolment> roster = register.roster(c);
        Map<Long, String> names = AttendanceRegister.names(roster);
        Map<Long, Map<Long, Boolean>> marks = register.marksOf(c.lessons().stream().map(Lesson::id).toList());
        Map<Long, LessonSignOff> signOffs = register.signOffs(c);
        List<ProtocolDocument.LessonRow> rows = new ArrayList<>();
        for (Lesson l : c.lessons()) {
            Map<Long, Boolean> m = marks.getOrDefault(l.id(), Map.of());
            List<String> present = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            List<String> unmarked = new ArrayList<>();
            for (Enrolment e : roster) {
                Boolean p = m.get(e.id());
                if (p == null) {
                    if (e.active()) {
                        unmarked.add(names.get(e.id()));
                    }
                } else {
                    (p ? present : absent).add(names.get(e.id()));
                }
            }
            LessonSignOff s = signOffs.get(l.id());
            rows.add(new ProtocolDocument.LessonRow(l.date(), l.start(), l.end(), l.units(), present, absent, unmarked,
                    s == null ? null : s.signedByName(), s == null ? null : s.signedAt()));
        }
        List<ProtocolDocument.Correction> corrections = new ArrayList<>();
        for (AttendanceChange x : register.changes(c)) {
            LocalDate date = register.lessonOf(c, x.lessonId()).date();
            corrections.add(new ProtocolDocument.Correction(date, names.getOrDefault(x.enrolmentId(), "?"),
                    word(x.presentBefore()) + " → " + word(x.presentAfter()), x.reason(), x.changedBy(), x.changedAt()));
        }
        ProtocolDocument d = new ProtocolDocument(school.name(), school.street() + ", " + school.postcode() + " "
                + school.city(), c.title(), c.activityKind().name().toLowerCase().replace('_', ' '), venue(c.venue()),
                teachers(c), new ArrayList<>(names.values()), rows, corrections, clock.now());
        return new Rendered("moedeprotokol-" + c.id() + ".pdf", ProtocolPdf.render(d));
    }

    public Rendered meetingCard(Enrolment e) {
        Course c = e.course();
        School school = em.find(School.class, c.schoolId());
        List<MeetingCardDocument.LessonTime> lessons = c.lessons().stream()
                .map(l -> new MeetingCardDocument.LessonTime(l.date(), l.start(), l.end())).toList();
        String contact = school.street() + ", " + school.postcode() + " " + school.city() + " · " + school.email()
                + (school.phone() == null ? "" : ", tlf. " + school.phone());
        Venue v = c.venue();
        MeetingCardDocument d = new MeetingCardDocument(AttendanceRegister.name(e), c.title(), v.name(),
                v.street() + ", " + v.postcode() + " " + v.city(), lessons, teachers(c), school.name(), contact,
                LocalDate.now(clock.clock()));
        return new Rendered("moedekort-" + c.id() + ".pdf", MeetingCardPdf.render(d));
    }

    private static List<String> teachers(Course c) {
        return c.teachers().stream().map(AppUser::fullName).sorted().toList();
    }

    private static String venue(Venue v) {
        return v.name() + ", " + v.street() + ", " + v.postcode() + " " + v.city();
    }

    private static String word(Boolean present) {
        return present == null ? "ikke registreret" : present ? "til stede" : "fraværende";
    }
}
