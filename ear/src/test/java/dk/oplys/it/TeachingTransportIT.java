package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static dk.oplys.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.oplys.integration.testing.PdfAValidator;
import dk.oplys.it.Api.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Teachers and hauliers see only their own, trimmed: a teacher of another course sees nothing, no
 * forbidden field reaches a teacher (checked on the JSON and the PDF text), attendance is signed
 * off and changed only with a reason, the protocol and the meeting card are PDF/A.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachingTransportIT {

    static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void startMail() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("oplys.test.smtp.port", 18125), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopMail() {
        smtp.stop();
    }

    /** A booked participant with everything a teacher must not see. */
    record Person(long enrolmentId, String reference, String first, String last, String street, String cpr,
                  LocalDate birth, String phone, String email) {
        List<String> forbidden() {
            return List.of(cpr, cpr.substring(0, 6) + "-" + cpr.substring(6), street, birth.toString(), email,
                    "feeOre", "reducedFee", "invoice", "paid", "Testvej");
        }
    }

    static long userId(String username) throws Exception {
        return call("GET", "/api/users", "rektor", null).array().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A course of school A taught by laerer: one lesson yesterday, one next week, with an instrument field. */
    static long teachersCourse() throws Exception {
        long venue = call("GET", "/api/courses", "kontor", null).array().getJsonObject(0)
                .getJsonObject("venue").getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(DANISH);
        String body = "{\"title\":\"" + unique("Sang") + "\",\"description\":\"t\",\"activityKind\":\"UNDERVISNING\","
                + "\"venueId\":" + venue + ",\"capacity\":10,\"feeOre\":50000,\"reducedFeeOre\":30000,"
                + "\"signupOpensAt\":\"" + Instant.now().minusSeconds(86400 * 30) + "\",\"signupClosesAt\":\""
                + Instant.now().plusSeconds(86400) + "\",\"transportOffered\":true,\"lessons\":["
                + "{\"date\":\"" + today.minusDays(1) + "\",\"start\":\"10:00:00\",\"end\":\"11:30:00\"},"
                + "{\"date\":\"" + today.plusDays(7) + "\",\"start\":\"10:00:00\",\"end\":\"11:30:00\"}],"
                + "\"fields\":[{\"key\":\"instrument\",\"label\":\"Instrument\",\"type\":\"TEXT\",\"required\":false}],"
                + "\"teacherIds\":[" + userId("laerer") + "]}";
        Answer created = call("POST", "/api/courses", "kontor", body);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "/api/courses/" + id + "/status", "kontor", "{\"status\":\"OPEN\"}").status());
        return id;
    }

    static Person book(long course, String first, String instrument) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String cpr = String.format("%02d%02d%02d%d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear() % 100, r.nextInt(4), r.nextInt(1000));
        String street = unique("Hemmeligvej") + " 7";
        String phone = "2" + (1000000 + r.nextInt(8999999));
        String email = unique("kursist") + "@example.dk";
        String body = "{\"participant\":{\"firstName\":\"" + first + "\",\"lastName\":\"Kursist\",\"street\":\"" + street
                + "\",\"postcode\":\"6900\",\"city\":\"Skjern\",\"municipalityCode\":\"760\",\"birthDate\":\"" + birth
                + "\",\"cpr\":\"" + cpr + "\",\"email\":\"" + email + "\",\"phone\":\"" + phone + "\"},"
                + "\"channel\":\"PHONE\",\"fields\":{\"instrument\":\"" + instrument + "\"}}";
        Answer a = call("POST", "/api/courses/" + course + "/bookings", "kontor", body);
        assertEquals(201, a.status(), a.body());
        return new Person(a.json().getJsonNumber("enrolmentId").longValue(), a.json().getString("reference"), first,
                "Kursist", street, cpr, birth, phone, email);
    }

    static void assertNoneOf(List<String> forbidden, String produced, String where) {
        for (String f : forbidden) {
            assertFalse(produced.contains(f), () -> where + " contains '" + f + "':\n" + produced);
        }
    }

    static List<Long> courseIds(String teacher) throws Exception {
        Answer a = call("GET", "/api/teacher/courses", teacher, null);
        assertEquals(200, a.status(), a.body());
        return a.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static long lessonId(long course, int index) throws Exception {
        return call("GET", "/api/teacher/courses/" + course, "laerer", null).json().getJsonArray("lessons")
                .getJsonObject(index).getJsonNumber("id").longValue();
    }

    // --- teachers -------------------------------------------------------------------------------

    @Test
    void theTeacherSeesOwnCourseTrimmedAndOthersSeeNothing() throws Exception {
        long course = teachersCourse();
        Person p = book(course, unique("Ane"), "Bratsch");
        Person q = book(course, unique("Bo"), "Obo");

        Answer mine = call("GET", "/api/teacher/courses", "laerer", null);
        assertEquals(200, mine.status(), mine.body());
        JsonObject c = mine.array().stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getJsonNumber("id").longValue() == course).findFirst().orElseThrow();
        assertTrue(c.getBoolean("participantsVisible"));
        assertEquals("4.00", c.getJsonNumber("lessonUnits").bigDecimalValue().setScale(2).toPlainString());
        assertNoneOf(List.of("feeOre", "reducedFee", "seatsTaken"), c.toString(), "teacher course");

        Answer list = call("GET", "/api/teacher/courses/" + course + "/participants", "laerer", null);
        assertEquals(200, list.status(), list.body());
        assertEquals(2, list.array().size(), list.body());
        assertTrue(list.body().contains(p.first()) && list.body().contains("Bratsch"), list.body());
        for (Person x : List.of(p, q)) {
            assertNoneOf(x.forbidden(), list.body(), "participant list");
            assertNoneOf(List.of(x.phone()), list.body(), "participant list without the phone setting");
        }
        for (JsonValue v : list.array()) {
            assertEquals(java.util.Set.of("enrolmentId", "firstName", "lastName", "fields"), v.asJsonObject().keySet());
        }

        // Another teacher of the same school, a teacher of another school, and staff on the teacher API: nothing.
        for (String other : List.of("laerer2", "laerer-b")) {
            assertFalse(courseIds(other).contains(course), other);
            for (String path : List.of("", "/participants", "/lessons/" + lessonId(course, 0) + "/attendance",
                    "/protocol.pdf")) {
                Answer a = call("GET", "/api/teacher/courses/" + course + path, other, null);
                assertEquals(404, a.status(), other + path + ": " + a.body());
                assertNoneOf(List.of(p.first(), q.first()), a.body(), other);
            }
            assertEquals(404, call("PUT", "/api/teacher/courses/" + course + "/lessons/" + lessonId(course, 0)
                    + "/attendance", other, "{\"marks\":[]}").status());
        }
        assertEquals(403, call("GET", "/api/teacher/courses", "kontor", null).status());
        assertEquals(403, call("GET", "/api/teaching/courses/" + course + "/attendance", "laerer", null).status());
        assertEquals(404, call("GET", "/api/teaching/courses/" + course + "/attendance", "kontor-b", null).status());
        assertEquals(404, call("GET", "/api/teaching/enrolments/" + p.enrolmentId() + "/meeting-card.pdf", "kontor-b",
                null).status());

        // The phone number appears only while the school allows it.
        try {
            Answer on = call("PUT", "/api/teaching/settings", "rektor",
                    "{\"accessDaysBefore\":14,\"accessDaysAfter\":30,\"teacherSeesPhone\":true}");
            assertEquals(200, on.status(), on.body());
            assertEquals(403, call("PUT", "/api/teaching/settings", "kontor",
                    "{\"accessDaysBefore\":14,\"accessDaysAfter\":30,\"teacherSeesPhone\":true}").status());
            String withPhone = call("GET", "/api/teacher/courses/" + course + "/participants", "laerer", null).body();
            assertTrue(withPhone.contains(p.phone()), withPhone);
            assertNoneOf(p.forbidden(), withPhone, "participant list with phone");
        } finally {
            call("PUT", "/api/teaching/settings", "rektor",
                    "{\"accessDaysBefore\":14,\"accessDaysAfter\":30,\"teacherSeesPhone\":false}");
        }
        Answer bad = call("PUT", "/api/teaching/settings", "rektor",
                "{\"accessDaysBefore\":-1,\"accessDaysAfter\":30,\"teacherSeesPhone\":false}");
        assertEquals(400, bad.status(), bad.body());
    }

    @Test
    void accessToParticipantsEndsAfterTheWindowButTheCourseAndHoursStay() throws Exception {
        long course = teachersCourse();
        book(course, unique("Cille"), "Cello");
        LocalDate last = LocalDate.now(DANISH).plusDays(7);
        try {
            Api.clockAt(last.plusDays(31).atTime(12, 0).atZone(DANISH).toInstant());
            Answer closed = call("GET", "/api/teacher/courses/" + course + "/participants", "laerer", null);
            assertEquals(403, closed.status(), closed.body());
            assertTrue(closed.body().contains("teacher-access-closed"), closed.body());
            JsonObject c = call("GET", "/api/teacher/courses/" + course, "laerer", null).json();
            assertFalse(c.getBoolean("participantsVisible"));
            assertEquals(2, c.getJsonArray("lessons").size());

            Api.clockAt(last.plusDays(30).atTime(12, 0).atZone(DANISH).toInstant());
            assertEquals(200, call("GET", "/api/teacher/courses/" + course + "/participants", "laerer", null).status());
        } finally {
            Api.clockReset();
        }
    }

    @Test
    void attendanceIsSignedOffAndChangedOnlyWithAReasonAndTheProtocolShowsIt() throws Exception {
        long course = teachersCourse();
        Person p = book(course, unique("Dorit"), "Drejelire");
        Person q = book(course, unique("Egon"), "Elbas");
        long held = lessonId(course, 0);
        long future = lessonId(course, 1);
        String path = "/api/teacher/courses/" + course + "/lessons/";

        Answer empty = call("GET", path + held + "/attendance", "laerer", null);
        assertEquals(200, empty.status(), empty.body());
        assertEquals(2, empty.json().getJsonArray("entries").size());
        JsonObject first = empty.json().getJsonArray("entries").getJsonObject(0);
        assertTrue(!first.containsKey("present") || first.isNull("present"), first.toString());

        String marks = "{\"marks\":[{\"enrolmentId\":" + p.enrolmentId() + ",\"present\":true},{\"enrolmentId\":"
                + q.enrolmentId() + ",\"present\":false}]}";
        Answer notYet = call("PUT", path + future + "/attendance", "laerer", marks);
        assertEquals(409, notYet.status(), notYet.body());
        assertTrue(notYet.body().contains("lesson-not-started"), notYet.body());
        assertEquals(400, call("PUT", path + held + "/attendance", "laerer",
                "{\"marks\":[{\"enrolmentId\":999999999,\"present\":true}]}").status());
        assertEquals(400, call("PUT", path + held + "/attendance", "laerer", "{\"marks\":[{\"enrolmentId\":1}]}").status());

        Answer marked = call("PUT", path + held + "/attendance", "laerer", marks);
        assertEquals(200, marked.status(), marked.body());
        assertFalse(marked.json().getBoolean("signedOff"));
        // Once attendance is on record the lesson is evidence: the office can neither move nor cancel it.
        Answer move = call("PUT", "/api/courses/" + course + "/lessons/" + held, "kontor",
                "{\"date\":\"" + LocalDate.now(DANISH) + "\",\"start\":\"12:00:00\",\"end\":\"13:30:00\"}");
        assertEquals(409, move.status(), move.body());
        assertTrue(move.body().contains("lesson-recorded"), move.body());
        assertEquals(409, call("DELETE", "/api/courses/" + course + "/lessons/" + held, "kontor", null).status());

        Answer signed = call("POST", path + held + "/sign-off", "laerer", null);
        assertEquals(200, signed.status(), signed.body());
        assertTrue(signed.json().getBoolean("signedOff"));
        assertEquals("Lars Lærer", signed.json().getString("signedBy"));
        assertEquals(409, call("POST", path + held + "/sign-off", "laerer", null).status());
        assertEquals(409, call("POST", path + future + "/sign-off", "laerer", null).status());

        String change = "{\"marks\":[{\"enrolmentId\":" + q.enrolmentId() + ",\"present\":true}]";
        Answer noReason = call("PUT", path + held + "/attendance", "laerer", change + "}");
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("change-reason-required"), noReason.body());
        Answer blank = call("PUT", path + held + "/attendance", "laerer", change + ",\"reason\":\"  \"}");
        assertEquals(400, blank.status(), blank.body());
        Answer withReason = call("PUT", path + held + "/attendance", "laerer",
                change + ",\"reason\":\"Kom efter pausen\"}");
        assertEquals(200, withReason.status(), withReason.body());

        // Staff see it per course and per participant; the units count for the subsidy accounts.
        Answer staff = call("GET", "/api/teaching/courses/" + course + "/attendance", "kontor", null);
        assertEquals(200, staff.status(), staff.body());
        assertTrue(staff.array().getJsonObject(0).getBoolean("signedOff"));
        JsonObject perPerson = call("GET", "/api/teaching/enrolments/" + q.enrolmentId() + "/attendance", "bogholder",
                null).json();
        assertEquals(1, perPerson.getInt("attended"));
        assertEquals(2, perPerson.getInt("lessons"));
        Answer hours = call("GET", "/api/teaching/hours?from=" + LocalDate.now(DANISH).minusDays(2), "bogholder", null);
        JsonObject h = hours.array().stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getJsonNumber("courseId").longValue() == course).findFirst().orElseThrow();
        assertEquals("laerer", h.getString("teacher"));
        assertEquals(2, h.getInt("lessons"));
        assertEquals(1, h.getInt("signedOffLessons"));
        assertEquals(0, h.getJsonNumber("signedOffUnits").bigDecimalValue().compareTo(new java.math.BigDecimal("2")));
        assertEquals(400, call("GET", "/api/teaching/hours?from=yesterday", "bogholder", null).status());

        // The protocol, for the teacher and for the office: PDF/A, names and marks, the correction and its reason.
        for (String[] who : List.of(new String[] {"laerer", "/api/teacher/courses/" + course + "/protocol.pdf"},
                new String[] {"kontor", "/api/teaching/courses/" + course + "/protocol.pdf"})) {
            Answer pdf = call("GET", who[1], who[0], null);
            assertEquals(200, pdf.status(), pdf.body());
            assertEquals(List.of(), PdfAValidator.failures(pdf.bytes()));
            String text = pdfText(pdf.bytes());
            for (String expected : List.of("Mødeprotokol", "Lars Lærer", "Aftenskolen Vestjylland", p.first(), q.first(),
                    "Underskrevet af Lars Lærer", "Kom efter pausen", "fraværende → til stede", "2,00 lektioner")) {
                assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
            }
            for (Person x : List.of(p, q)) {
                assertNoneOf(x.forbidden(), text, "protocol PDF");
                assertNoneOf(List.of(x.phone()), text, "protocol PDF");
            }
        }
    }

    @Test
    void theMeetingCardIsAPdfWithTheLessons() throws Exception {
        long course = teachersCourse();
        Person p = book(course, unique("Frede"), "Fagot");
        Answer card = call("GET", "/api/teaching/enrolments/" + p.enrolmentId() + "/meeting-card.pdf", "kontor", null);
        assertEquals(200, card.status(), card.body());
        assertEquals(List.of(), PdfAValidator.failures(card.bytes()));
        String text = pdfText(card.bytes());
        for (String expected : List.of("Mødekort", p.first(), "Lars Lærer", "kl. 10:00–11:30", "Skolegade 1",
                "kontor@vestjylland.example")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        assertNoneOf(List.of(p.cpr(), p.street(), p.birth().toString()), text, "meeting card");
        assertEquals(403, call("GET", "/api/teaching/enrolments/" + p.enrolmentId() + "/meeting-card.pdf", "laerer",
                null).status());

    }

    @Test
    void theConfirmationMailCarriesTheMeetingCard() throws Exception {
        long course = teachersCourse();
        Person p = book(course, unique("Gerda"), "Harpe");
        String title = call("GET", "/api/courses/" + course, "kontor", null).json().getString("title");
        MimeMessage m = mailTo(p.email(), "Du har fået plads på " + title);
        Multipart parts = (Multipart) m.getContent();
        BodyPart card = null;
        for (int i = 0; i < parts.getCount(); i++) {
            String name = parts.getBodyPart(i).getFileName();
            if (name != null && name.startsWith("moedekort-")) {
                card = parts.getBodyPart(i);
            }
        }
        assertNotNull(card, "the confirmation carries the meeting card");
        assertTrue(card.getContentType().startsWith("application/pdf"), card.getContentType());
        byte[] pdf = card.getInputStream().readAllBytes();
        assertEquals(List.of(), PdfAValidator.failures(pdf));
        String text = pdfText(pdf);
        for (String expected : List.of("Mødekort", title, p.first(), "Lars Lærer", "kl. 10:00–11:30",
                "kontor@vestjylland.example")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        assertNoneOf(p.forbidden(), text, "meeting card in the mail");
        assertNoneOf(List.of(p.phone(), "Harpe"), text, "meeting card in the mail");
        assertTrue(parts.getBodyPart(0).getContent().toString().contains("Mødekortet"), "the text mentions the card");
    }

    @Test
    void theDemoCourseHasATrimmedListAndSignedOffLessons() throws Exception {
        JsonObject demo = call("GET", "/api/teacher/courses", "laerer", null).array().stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getString("title").startsWith("Musik og bevægelse"))
                .findFirst().orElseThrow();
        long id = demo.getJsonNumber("id").longValue();
        assertTrue(demo.getBoolean("participantsVisible"));
        assertTrue(demo.getJsonArray("lessons").getJsonObject(0).getBoolean("signedOff"));
        String list = call("GET", "/api/teacher/courses/" + id + "/participants", "laerer", null).body();
        assertTrue(list.contains("Kirsten") && list.contains("Tamburin"), list);
        assertNoneOf(List.of("0512541236", "051254-1236", "Lærkevej", "1954-12-05", "30112233"), list, "demo list");
    }

    // --- transport ------------------------------------------------------------------------------

    static final List<String> PICKUP_KEYS = List.of("name", "pickupAddress", "mobilityAid", "companion", "phone", "notes");

    @Test
    void aHaulierSeesExactlyItsOwnScheduleAndNothingElse() throws Exception {
        Answer list = call("GET", "/api/haulier/schedules", "vognmand", null);
        assertEquals(200, list.status(), list.body());
        JsonObject mine = list.array().stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("courseTitle").startsWith("Musik og bevægelse")).findFirst().orElseThrow();
        long course = mine.getJsonNumber("courseId").longValue();
        assertEquals(2, mine.getInt("passengers"));

        Answer schedule = call("GET", "/api/haulier/schedules/" + course, "vognmand", null);
        assertEquals(200, schedule.status(), schedule.body());
        JsonObject s = schedule.json();
        assertEquals(6, s.getJsonArray("runs").size());
        JsonObject run = s.getJsonArray("runs").getJsonObject(0);
        assertTrue(run.getString("pickupFrom").startsWith("09:15"), run.toString());
        for (JsonValue v : run.getJsonArray("pickups")) {
            assertTrue(PICKUP_KEYS.containsAll(v.asJsonObject().keySet()), v.toString());
        }
        String body = schedule.body();
        assertTrue(body.contains("Kirsten Kjær") && body.contains("Lærkevej 3") && body.contains("Kørestol")
                && body.contains("30112233") && body.contains("Mona Møller") && body.contains("Englyvej"), body);
        List<String> forbidden = List.of("0512541236", "051254-1236", "1954-12-05", "2304781232", "1978-04-23",
                "Lars Lund", "Niels", "Tamburin", "Fasanvej", "feeOre", "invoice", "cpr", "birth", "enrolmentId");
        assertNoneOf(forbidden, body, "haulier JSON");

        Answer pdf = call("GET", "/api/haulier/schedules/" + course + "/pdf", "vognmand", null);
        assertEquals(200, pdf.status(), pdf.body());
        assertEquals(List.of(), PdfAValidator.failures(pdf.bytes()));
        String text = pdfText(pdf.bytes());
        assertTrue(text.contains("Kørselsplan") && text.contains("Kirsten Kjær") && text.contains("Kørestol"), text);
        assertNoneOf(forbidden, text, "haulier PDF");

        // A haulier of another school, a teacher and the office see nothing through the haulier API.
        Answer other = call("GET", "/api/haulier/schedules", "vognmand-b", null);
        assertEquals(200, other.status(), other.body());
        assertFalse(other.body().contains("Musik og bevægelse"), other.body());
        for (String path : List.of("", "/pdf")) {
            Answer a = call("GET", "/api/haulier/schedules/" + course + path, "vognmand-b", null);
            assertEquals(404, a.status(), a.body());
            assertNoneOf(List.of("Kirsten", "Lærkevej"), a.body(), "other haulier");
        }
        assertEquals(403, call("GET", "/api/haulier/schedules", "laerer", null).status());
        assertEquals(403, call("GET", "/api/haulier/schedules/" + course, "kontor", null).status());
        assertEquals(403, call("GET", "/api/transport/courses/" + course + "/schedule", "vognmand", null).status());
        assertEquals(404, call("GET", "/api/transport/courses/" + course + "/schedule", "kontor-b", null).status());
        assertEquals(403, call("GET", "/api/teacher/courses", "vognmand", null).status());
    }

    @Test
    void everyChangeIsANewVersionTheHaulierIsToldAndOldVersionsStay() throws Exception {
        long course = teachersCourse(); // offers transport; ordinary teaching, so consent is needed
        String haulierMail = unique("vogn") + "@example.dk";
        Answer registered = call("POST", "/api/transport/hauliers", "rektor", "{\"name\":\"" + unique("Taxa")
                + "\",\"contactEmail\":\"" + haulierMail + "\",\"dpaSignedOn\":\"2026-01-05\"}");
        assertEquals(201, registered.status(), registered.body());
        long haulier = registered.json().getJsonNumber("id").longValue();
        assertEquals(403, call("POST", "/api/transport/hauliers", "kontor", "{\"name\":\"x\",\"contactEmail\":"
                + "\"x@example.dk\",\"dpaSignedOn\":\"2026-01-05\"}").status());
        assertEquals(400, call("POST", "/api/transport/hauliers", "rektor", "{\"name\":\"x\",\"contactEmail\":"
                + "\"x@example.dk\"}").status());

        Person p = book(course, unique("Gerda"), "Guitar");
        Person q = book(course, unique("Holger"), "Harpe");
        String ref = p.reference();

        Answer noConsent = call("PUT", "/api/public/transport/" + ref, null, "{\"mobilityAid\":\"Rollator\"}");
        assertEquals(400, noConsent.status(), noConsent.body());
        assertTrue(noConsent.body().contains("transport-consent-missing"), noConsent.body());
        Answer own = call("PUT", "/api/public/transport/" + ref, null,
                "{\"mobilityAid\":\"Rollator\",\"consent\":true}");
        assertEquals(200, own.status(), own.body());
        assertEquals(p.street(), own.json().getString("pickupStreet"), "defaults to the participant's own address");
        assertEquals(404, call("PUT", "/api/public/transport/00000000-0000-0000-0000-000000000000", null,
                "{\"consent\":true}").status());
        assertEquals(400, call("PUT", "/api/public/transport/" + ref, null,
                "{\"street\":\"Halv 1\",\"consent\":true}").status());

        Answer assigned = call("PUT", "/api/transport/courses/" + course + "/haulier", "kontor",
                "{\"haulierId\":" + haulier + ",\"marginMinutes\":30}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(1, assigned.json().getInt("version"));
        assertTrue(assigned.json().getJsonArray("runs").getJsonObject(0).getString("pickupFrom").startsWith("09:30"),
                assigned.body());

        Answer staffNeed = call("PUT", "/api/transport/enrolments/" + q.enrolmentId() + "/need", "kontor",
                "{\"street\":\"Hentevej 2\",\"postcode\":\"6900\",\"city\":\"Skjern\",\"companion\":true,"
                        + "\"consent\":true}");
        assertEquals(200, staffNeed.status(), staffNeed.body());
        assertEquals(404, call("PUT", "/api/transport/enrolments/" + q.enrolmentId() + "/need", "kontor-b",
                "{\"consent\":true}").status());
        JsonObject v2 = call("GET", "/api/transport/courses/" + course + "/schedule", "kontor", null).json();
        assertEquals(2, v2.getInt("version"));
        assertTrue(v2.getJsonArray("changes").toString().contains("Ny passager: " + q.first()), v2.toString());

        assertEquals(200, call("POST", "/api/enrolments/" + q.enrolmentId() + "/cancel", "kontor", null).status());
        JsonObject v3 = call("GET", "/api/transport/courses/" + course + "/schedule", "kontor", null).json();
        assertEquals(3, v3.getInt("version"));
        assertTrue(v3.getJsonArray("changes").toString().contains("Udgået: " + q.first()), v3.toString());
        assertFalse(v3.toString().contains(q.first() + " Kursist\",\"pickupAddress"), v3.toString());

        // The office moves one lesson and cancels the other: each is the haulier's next version.
        long yesterday = lessonId(course, 0);
        long nextWeek = lessonId(course, 1);
        String later = "{\"date\":\"" + LocalDate.now(DANISH).plusDays(8) + "\",\"start\":\"12:00:00\",\"end\":\"13:30:00\"}";
        assertEquals(404, call("PUT", "/api/courses/" + course + "/lessons/" + nextWeek, "kontor-b", later).status());
        assertEquals(403, call("PUT", "/api/courses/" + course + "/lessons/" + nextWeek, "laerer", later).status());
        assertEquals(400, call("PUT", "/api/courses/" + course + "/lessons/" + nextWeek, "kontor",
                "{\"date\":\"" + LocalDate.now(DANISH).plusDays(8) + "\",\"start\":\"12:00:00\",\"end\":\"11:00:00\"}")
                .status());
        Answer moved = call("PUT", "/api/courses/" + course + "/lessons/" + nextWeek, "kontor", later);
        assertEquals(200, moved.status(), moved.body());
        assertTrue(moved.json().getJsonArray("lessons").toString().contains("12:00"), moved.body());
        JsonObject v4 = call("GET", "/api/transport/courses/" + course + "/schedule", "kontor", null).json();
        assertEquals(4, v4.getInt("version"));
        assertTrue(v4.getJsonArray("changes").toString().contains("Flyttet"), v4.toString());
        assertTrue(v4.getJsonArray("runs").toString().contains("11:30"), "pickup 30 min before 12:00: " + v4);
        Answer cancelled = call("DELETE", "/api/courses/" + course + "/lessons/" + yesterday, "kontor", null);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals(1, cancelled.json().getJsonArray("lessons").size());
        JsonObject v5 = call("GET", "/api/transport/courses/" + course + "/schedule", "kontor", null).json();
        assertEquals(5, v5.getInt("version"));
        assertTrue(v5.getJsonArray("changes").toString().contains("Aflyst"), v5.toString());
        assertEquals(404, call("DELETE", "/api/courses/" + course + "/lessons/" + yesterday, "kontor", null).status());
        Answer last = call("DELETE", "/api/courses/" + course + "/lessons/" + nextWeek, "kontor", null);
        assertEquals(409, last.status(), last.body());
        assertTrue(last.body().contains("last-lesson"), last.body());

        assertEquals(204, call("DELETE", "/api/public/transport/" + ref, null, null).status());
        assertEquals(404, call("DELETE", "/api/public/transport/" + ref, null, null).status());
        Answer versions = call("GET", "/api/transport/courses/" + course + "/schedule/versions", "kontor", null);
        assertEquals(200, versions.status(), versions.body());
        assertEquals(6, versions.array().size(), versions.body());
        assertEquals(6, versions.array().getJsonObject(0).getInt("version"));
        assertTrue(versions.array().getJsonObject(5).getJsonArray("changes").toString().contains("Første version"));

        // The haulier is told what changed, by name and date only: no addresses or phone numbers by mail.
        MimeMessage notice = mailTo(haulierMail, "version 2");
        String text = ((Multipart) notice.getContent()).getBodyPart(0).getContent().toString();
        assertTrue(text.contains("Ny passager: " + q.first()), text);
        assertNoneOf(List.of("Hentevej", p.street(), q.phone(), p.phone(), q.cpr()), text, "haulier notice");
    }

    @Test
    void aCourseWithoutTransportTakesNoNeeds() throws Exception {
        long course = Api.newOpenCourse(5);
        Answer b = call("POST", "/api/courses/" + course + "/bookings", "kontor", "{\"participant\":"
                + Api.participant(unique("Ivan"), unique("ivan") + "@example.dk", null, LocalDate.of(1970, 1, 1))
                + ",\"channel\":\"PHONE\"}");
        assertEquals(201, b.status(), b.body());
        Answer refused = call("PUT", "/api/transport/enrolments/" + b.json().getJsonNumber("enrolmentId").longValue()
                + "/need", "kontor", "{\"consent\":true}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("transport-not-offered"), refused.body());
    }

    // --- helpers --------------------------------------------------------------------------------

    static String pdfText(byte[] pdf) throws Exception {
        return PaymentsIT.pdfText(pdf);
    }

    static MimeMessage mailTo(String address) throws Exception {
        return mailTo(address, "");
    }

    static MimeMessage mailTo(String address, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail reached " + address);
    }
}
