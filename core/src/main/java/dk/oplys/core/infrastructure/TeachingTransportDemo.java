package dk.oplys.core.infrastructure;

import dk.oplys.core.application.EnrolmentStore;
import dk.oplys.core.crypto.CprProtector;
import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.CourseStatus;
import dk.oplys.core.domain.course.FieldType;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.course.Venue;
import dk.oplys.core.domain.enrolment.Channel;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.participant.Address;
import dk.oplys.core.domain.participant.Cpr;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.teaching.Attendance;
import dk.oplys.core.domain.teaching.LessonSignOff;
import dk.oplys.core.application.transport.SchedulePlanner;
import dk.oplys.core.domain.transport.CourseTransport;
import dk.oplys.core.domain.transport.Haulier;
import dk.oplys.core.domain.transport.TransportBasis;
import dk.oplys.core.domain.transport.TransportNeed;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo rows for teaching and transport: a running handicap course of school A ("Musik og bevægelse –
 * onsdagshold"), taught by {@code laerer}, with lessons from three weeks ago to two weeks ahead
 * (yesterday's included, so attendance can be marked at once), four participants, attendance marked
 * and signed off for the earlier lessons; two of them need transport, driven by the haulier whose
 * login is {@code vognmand} (school B's haulier, {@code vognmand-b}, drives nothing of school A).
 * All names, addresses and numbers are invented.
 */
@ApplicationScoped
public class TeachingTransportDemo {

    /** The demo course's title, for the README and for tests that look it up. */
    public static final String COURSE_TITLE = "Musik og bevægelse – onsdagshold";

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    @Inject
    private EnrolmentStore store;

    @Inject
    private CprProtector cpr;

    @Inject
    private SchedulePlanner planner;

    void add(@Observes DemoDataLoaded loaded) {
        long a = loaded.schoolA();
        Instant now = clock.now();
        LocalDate today = LocalDate.now(clock.clock());
        AppUser laerer = user("laerer");
        Venue herning = em.createQuery("SELECT v FROM Venue v WHERE v.schoolId = :s AND v.name = :n", Venue.class)
                .setParameter("s", a).setParameter("n", "Herning Aktivitetshus").getSingleResult();

        Course c = new Course(a, COURSE_TITLE, "Handicapundervisning: sang, rytmer og bevægelse til musik.",
                ActivityKind.HANDICAPUNDERVISNING, herning, 12, 0, null, now.minus(60, ChronoUnit.DAYS),
                now.plus(30, ChronoUnit.DAYS), true, now);
        for (int offset : new int[] {-22, -15, -8, -1, 6, 13}) {
            c.addLesson(today.plusDays(offset), LocalTime.of(10, 0), LocalTime.of(11, 30));
        }
        c.addField("instrument", "Yndlingsinstrument", FieldType.TEXT, false, List.of());
        c.addTeacher(laerer);
        c.moveTo(CourseStatus.OPEN);
        c.moveTo(CourseStatus.CONFIRMED);
        em.persist(c);
        em.flush();

        List<Enrolment> enrolled = new ArrayList<>();
        enrolled.add(enrol(c, person(a, "Kirsten", "Kjær", "Lærkevej 3", "7400", "Herning", "657", "0512541236",
                "30112233"), Map.of("instrument", "Tamburin")));
        enrolled.add(enrol(c, person(a, "Lars", "Lund", "Åbrinken 14", "7400", "Herning", "657", null, "30445566"),
                Map.of("instrument", "Klaver")));
        enrolled.add(enrol(c, person(a, "Mona", "Møller", "Fasanvej 9", "7430", "Ikast", "661", "2304781232",
                "30778899"), Map.of()));
        enrolled.add(enrol(c, person(a, "Niels", "Nørgaard", "Birkevej 21", "7400", "Herning", "657", null, null),
                Map.of("instrument", "Trommer")));

        // The three earlier lessons are marked and signed off; yesterday's is left for the teacher.
        List<Lesson> lessons = c.lessons();
        for (int i = 0; i < 3; i++) {
            Lesson l = lessons.get(i);
            for (int p = 0; p < enrolled.size(); p++) {
                boolean present = (i + p) % 4 != 3;
                em.persist(new Attendance(a, l.id(), enrolled.get(p).id(), present, laerer.username(), now));
            }
            em.persist(new LessonSignOff(l.id(), a, laerer.username(), laerer.fullName(), now));
        }
        em.flush();

        // Transport: a haulier per school with its own login; school A's drives the demo course.
        Haulier vognmand = haulier(a, "Vestjysk Handicapkørsel ApS (demo)", "vognmand", "Villy Vognmand",
                "koersel@vestjysk.example");
        haulier(loaded.schoolB(), "Aarhus Flextur (demo)", "vognmand-b", "Vera Vognmand", "flextur@aarhus.example");
        need(enrolled.get(0), null, "Kørestol", true, "Ring på, døren er tung.");
        need(enrolled.get(2), new Address("Plejecentret Engly, Englyvej 1", "7430", "Ikast", "661"), "Rollator", false,
                null);
        em.persist(new CourseTransport(c.id(), a, vognmand.id(), CourseTransport.DEFAULT_MARGIN_MINUTES, now));
        em.flush();
        planner.refresh(c.id());
    }

    private Haulier haulier(long school, String name, String username, String contact, String email) {
        AppUser login = new AppUser(username, PasswordHasher.hash(DemoData.DEMO_PASSWORD.toCharArray(), 10), contact,
                school, Set.of(Roles.HAULIER));
        em.persist(login);
        em.flush();
        Haulier h = new Haulier(school, name, contact, email, "70101010", LocalDate.now(clock.clock()).minusMonths(6),
                login.id(), clock.now());
        em.persist(h);
        return h;
    }

    private void need(Enrolment e, Address pickup, String aid, boolean companion, String notes) {
        Address a = pickup != null ? pickup : e.participant().address();
        TransportNeed n = new TransportNeed(e.schoolId(), e.id());
        n.set(a.street(), a.postcode(), a.city(), aid, companion, notes, TransportBasis.HANDICAP_COURSE, "kontor",
                clock.now());
        em.persist(n);
    }

    private AppUser user(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();
    }

    private Participant person(long school, String first, String last, String street, String postcode, String city,
                               String municipality, String cprDigits, String phone) {
        Cpr number = cprDigits == null ? null : Cpr.parse(cprDigits).orElseThrow();
        LocalDate birth = number != null ? number.birthDate() : LocalDate.of(1968, 2, 1).plusDays(last.length() * 211L);
        Participant p = new Participant(school, first, last, new Address(street, postcode, city, municipality), birth,
                null, phone, clock.now());
        if (number != null) {
            p.setProtectedCpr(cpr.encrypt(number, school), cpr.indexHash(number));
        }
        em.persist(p);
        em.flush();
        return p;
    }

    private Enrolment enrol(Course c, Participant p, Map<String, String> fields) {
        boolean seat = store.takeSeat(c.id());
        Enrolment e = new Enrolment(c, p, seat, Channel.PHONE, "kontor", fields, clock.now());
        em.persist(e);
        em.flush();
        return e;
    }
}
