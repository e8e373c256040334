package dk.oplys.core.infrastructure;

import dk.oplys.integration.config.Settings;
import dk.oplys.core.application.EnrolmentStore;
import dk.oplys.core.application.billing.Billing;
import dk.oplys.core.application.billing.InvoiceNumbers;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.crypto.CprProtector;
import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.CourseStatus;
import dk.oplys.core.domain.course.FieldType;
import dk.oplys.core.domain.course.Venue;
import dk.oplys.core.domain.enrolment.Channel;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.participant.Address;
import dk.oplys.core.domain.participant.Cpr;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.school.Association;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data for a first run and for the test suite: one association, two schools, a user per
 * role, courses of every activity kind across several municipalities, participants with and
 * without CPR, a handicap course with transport, and a full course with a waiting list.
 * Loaded only when {@code oplys.demo-data=true} and the database has no school yet.
 * All names, addresses and CPR numbers are invented.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    /** The password of every demo account (local use only; see README). */
    public static final String DEMO_PASSWORD = "oplys-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CprProtector cpr;

    @Inject
    private EnrolmentStore store;

    @Inject
    private AppClock clock;

    @Inject
    private Billing billing;

    @Inject
    private Event<DemoDataLoaded> loaded;

    @Inject
    private InvoiceNumbers numbers;

    @PostConstruct
    void load() {
        if (!Settings.flag("oplys.demo-data", false)) {
            return;
        }
        if (em.createQuery("SELECT COUNT(s) FROM School s", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = clock.now();
        Association dof = persist(new Association("Demo-forbundet for aftenskoler"));

        School a = persist(new School(dof.id(), "Aftenskolen Vestjylland (demo)", "12345678", "Skolegade 1", "6900",
                "Skjern", "760", "kontor@vestjylland.example", "97000000", 8));
        School b = persist(new School(dof.id(), "Aftenskolen Aarhus Vest (demo)", "87654321", "Vestergade 10", "8000",
                "Aarhus C", "751", "kontor@aarhusvest.example", "86000000", 1));

        em.flush();
        for (School s : List.of(a, b)) {
            numbers.openYear(s.id(), s.fiscalYearOf(LocalDate.now(clock.clock())));
        }

        user("kontor", "Karen Kontor", a, Roles.COURSE_STAFF);
        user("bogholder", "Bo Bogholder", a, Roles.ADMIN_STAFF);
        user("rektor", "Rita Rektor", a, Roles.SCHOOL_ADMIN);
        AppUser laerer = user("laerer", "Lars Lærer", a, Roles.TEACHER);
        AppUser laerer2 = user("laerer2", "Lise Underviser", a, Roles.TEACHER);
        user("kontor-b", "Kim Kontor", b, Roles.COURSE_STAFF);
        user("bogholder-b", "Birte Bogholder", b, Roles.ADMIN_STAFF);
        user("rektor-b", "Rasmus Rektor", b, Roles.SCHOOL_ADMIN);
        AppUser laererB = user("laerer-b", "Lone Lærer", b, Roles.TEACHER);
        // The association's operator belongs to no school.
        persist(new AppUser("drift", PasswordHasher.hash(DEMO_PASSWORD.toCharArray(), 10), "Dennis Drift", null,
                Set.of(Roles.OPERATOR)));

        Venue skjern = persist(new Venue(a.id(), "Skjern Skole, lokale 4", "Skolegade 1", "6900", "Skjern", "760"));
        Venue herning = persist(new Venue(a.id(), "Herning Aktivitetshus", "Fredhøjvej 2", "7400", "Herning", "657"));
        Venue aarhus = persist(new Venue(b.id(), "Medborgerhuset Vest", "Vestergade 10", "8000", "Aarhus C", "751"));
        Venue skanderborg = persist(new Venue(b.id(), "Skanderborg Kulturhus", "Søgade 3", "8660", "Skanderborg", "746"));

        LocalDate start = LocalDate.now(clock.clock()).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Instant opens = now.minus(30, ChronoUnit.DAYS);
        Instant closes = now.plus(60, ChronoUnit.DAYS);

        Course keramik = course(a, "Keramik for begyndere", "Drejning og opbygning i ler.", ActivityKind.UNDERVISNING,
                skjern, 12, 120000, 90000L, opens, closes, false, start, 8, LocalTime.of(19, 0), LocalTime.of(21, 15), laerer);
        Course spansk = course(a, "Spansk konversation", "Samtale på spansk for let øvede.", ActivityKind.UNDERVISNING,
                skjern, 14, 95000, 70000L, opens, closes, false, start.plusDays(1), 10, LocalTime.of(18, 30),
                LocalTime.of(20, 0), laerer2);
        spansk.addField("sprogniveau", "Sprogniveau", FieldType.CHOICE, true, List.of("A2", "B1", "B2"));
        course(a, "Foredrag: Vestjyllands historie", "Aftenforedrag med spørgsmål.", ActivityKind.FOREDRAG, herning,
                80, 15000, null, opens, closes, false, start.plusDays(2), 1, LocalTime.of(19, 30), LocalTime.of(21, 0), laerer);
        course(a, "Debataften: Fremtidens landdistrikter", "Debat med lokale politikere.", ActivityKind.DEBAT, skjern,
                40, 0, null, opens, closes, false, start.plusDays(9), 1, LocalTime.of(19, 0), LocalTime.of(21, 15), laerer2);
        Course guitar = course(a, "Guitar for voksne", "Akkorder og enkle sange.", ActivityKind.INSTRUMENTAL, skjern,
                6, 180000, null, opens, closes, false, start, 12, LocalTime.of(17, 0), LocalTime.of(17, 45), laerer);
        guitar.addField("instrument", "Instrument", FieldType.TEXT, true, List.of());
        guitar.addField("egen-guitar", "Har du selv en guitar?", FieldType.YES_NO, false, List.of());
        Course handicap = course(a, "Bevægelse og musik", "Handicapundervisning med musik og bevægelse.",
                ActivityKind.HANDICAPUNDERVISNING, herning, 10, 50000, null, opens, closes, true, start.plusDays(3), 10,
                LocalTime.of(10, 0), LocalTime.of(11, 30), laerer2);
        Course yoga = course(a, "Yoga – fuldt hold", "Blid yoga, fleksibelt tilrettelagt.", ActivityKind.FLEKSIBEL,
                skjern, 3, 80000, 60000L, opens, closes, false, start, 6, LocalTime.of(9, 0), LocalTime.of(10, 30), laerer2);
        course(a, "Akvarel (kladde)", "Endnu ikke offentliggjort.", ActivityKind.UNDERVISNING, skjern,
                10, 100000, null, opens, closes, false, start.plusWeeks(6), 6, LocalTime.of(19, 0), LocalTime.of(21, 0), laerer);

        Course italiensk = course(b, "Italiensk for begyndere", "Fra nul til hverdagssamtale.", ActivityKind.UNDERVISNING,
                aarhus, 16, 110000, 80000L, opens, closes, false, start, 10, LocalTime.of(19, 0), LocalTime.of(20, 30), laererB);
        course(b, "Filosofisk studiekreds", "Vi læser og diskuterer.", ActivityKind.STUDIEKREDS, skanderborg, 12, 40000,
                null, opens, closes, false, start.plusDays(1), 8, LocalTime.of(19, 0), LocalTime.of(21, 15), laererB);
        em.flush();

        // School A: participants from the school's own municipality and from others, with and without CPR.
        Participant anna = person(a, "Anna", "Andersen", "Bredgade 5", "6900", "Skjern", "760", "1505721234", "anna@example.dk");
        Participant bent = person(a, "Bent", "Bertelsen", "Østergade 12", "7400", "Herning", "657", "0203551233", "bent@example.dk");
        Participant carla = person(a, "Carla", "Christensen", "Søndergade 3", "6950", "Ringkøbing", "760", null, "carla@example.dk");
        Participant dorte = person(a, "Dorte", "Dam", "Parkvej 8", "7400", "Herning", "657", "1111484322", "dorte@example.dk");
        Participant erik = person(a, "Erik", "Eriksen", "Skovvej 2", "7400", "Herning", "657", "2208901235", null);
        Participant frida = person(a, "Frida", "Frost", "Havnevej 1", "6900", "Skjern", "760", null, "frida@example.dk");
        Participant gustav = person(a, "Gustav", "Gram", "Kirkevej 7", "6900", "Skjern", "760", "3012805671", "gustav@example.dk");
        Participant hanne = person(a, "Hanne", "Hald", "Mejerivej 4", "8000", "Aarhus C", "751", "0708664320", "hanne@example.dk");
        em.flush();

        enrol(keramik, anna, Map.of());
        enrol(keramik, bent, Map.of());
        enrol(spansk, carla, Map.of("sprogniveau", "B1"));
        enrol(guitar, gustav, Map.of("instrument", "Akustisk guitar", "egen-guitar", "yes"));
        enrol(handicap, dorte, Map.of());
        enrol(handicap, erik, Map.of());
        for (Participant p : List.of(anna, frida, hanne, carla, gustav)) {
            enrol(yoga, p, Map.of()); // three seats: the last two land on the waiting list
        }
        yoga.moveTo(CourseStatus.CONFIRMED);

        Participant ida = person(b, "Ida", "Iversen", "Vestergade 20", "8000", "Aarhus C", "751", "0404701238", "ida@example.dk");
        Participant jens = person(b, "Jens", "Juhl", "Søgade 9", "8660", "Skanderborg", "746", null, "jens@example.dk");
        em.flush();
        enrol(italiensk, ida, Map.of());
        enrol(italiensk, jens, Map.of());
        em.flush();
        loaded.fire(new DemoDataLoaded(a.id(), b.id()));
        LOG.info("Demo data loaded: 2 schools, 9 accounts, 10 courses");
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private AppUser user(String username, String name, School school, String role) {
        // Cost 10 for demo accounts keeps test logins quick; real accounts use PasswordHasher.COST.
        return persist(new AppUser(username, PasswordHasher.hash(DEMO_PASSWORD.toCharArray(), 10), name, school.id(),
                Set.of(role)));
    }

    private Course course(School s, String title, String description, ActivityKind kind, Venue venue, int capacity,
                          long fee, Long reduced, Instant opens, Instant closes, boolean transport, LocalDate first,
                          int lessons, LocalTime from, LocalTime to, AppUser teacher) {
        Course c = new Course(s.id(), title, description, kind, venue, capacity, fee, reduced, opens, closes, transport,
                clock.now());
        for (int i = 0; i < lessons; i++) {
            c.addLesson(first.plusWeeks(i), from, to);
        }
        c.addTeacher(teacher);
        if (!title.endsWith("(kladde)")) { // the one draft stays unpublished
            c.moveTo(CourseStatus.OPEN);
        }
        return persist(c);
    }

    private Participant person(School s, String first, String last, String street, String postcode, String city,
                               String municipality, String cprDigits, String email) {
        Cpr number = cprDigits == null ? null : Cpr.parse(cprDigits).orElseThrow();
        LocalDate birth = number != null ? number.birthDate() : LocalDate.of(1980, 6, 15).plusDays(first.length() * 97L);
        Participant p = new Participant(s.id(), first, last, new Address(street, postcode, city, municipality), birth,
                email, "20" + String.format("%06d", Math.abs((first + last).hashCode()) % 1_000_000), clock.now());
        if (number != null) {
            p.setProtectedCpr(cpr.encrypt(number, s.id()), cpr.indexHash(number));
        }
        return persist(p);
    }

    /** A phone booking by the office, invoiced like any other (the participant pays). */
    private void enrol(Course c, Participant p, Map<String, String> fields) {
        em.flush();
        boolean seat = store.takeSeat(c.id());
        Enrolment e = persist(new Enrolment(c, p, seat, Channel.PHONE, "kontor", fields, clock.now()));
        em.flush();
        billing.prepare(e, null, null, ConsentForm.ORAL_PHONE, "kontor");
        if (seat) {
            billing.invoiceSeat(e);
        }
        em.flush();
    }
}
