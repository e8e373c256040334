package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.integration.testing.PdfAValidator;
import dk.oplys.it.Api.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention job at chosen days, on data made in 2011 (so nothing made by other tests or the
 * demo data is due): the day a record is due it is gone from every table, the day before it is
 * all there; school A's fiscal year starts in August; holds keep data; runs repeat harmlessly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @AfterEach
    void realTime() throws Exception {
        Api.clockReset();
    }

    record Booked(long participant, long enrolment, Long invoice) {
        String residueQuery() {
            return "participant=" + participant + "&enrolment=" + enrolment + (invoice == null ? "" : "&invoice=" + invoice);
        }
    }

    static long course(LocalDate lesson, int capacity) throws Exception {
        long venue = call("GET", "/api/courses", "kontor", null).array().getJsonObject(0)
                .getJsonObject("venue").getJsonNumber("id").longValue();
        Instant now = Instant.parse(call("GET", "/api/test/clock", null, null).json().getString("now"));
        String body = "{\"title\":\"Retention " + UUID.randomUUID() + "\",\"description\":\"t\",\"activityKind\":\"UNDERVISNING\","
                + "\"venueId\":" + venue + ",\"capacity\":" + capacity + ",\"feeOre\":60000,\"reducedFeeOre\":30000,"
                + "\"signupOpensAt\":\"" + now.minusSeconds(86400) + "\",\"signupClosesAt\":\"" + now.plusSeconds(86400 * 7)
                + "\",\"transportOffered\":false,"
                + "\"lessons\":[{\"date\":\"" + lesson + "\",\"start\":\"19:00:00\",\"end\":\"20:30:00\"}],"
                + "\"fields\":[],\"teacherIds\":[]}";
        Answer created = call("POST", "/api/courses", "kontor", body);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "/api/courses/" + id + "/status", "kontor", "{\"status\":\"OPEN\"}").status());
        return id;
    }

    /** A phone booking with newsletter consent and a reduced fee; the invoice is paid by transfer when there is one. */
    static Booked book(long course, String first) throws Exception {
        return book(course, first, true);
    }

    static Booked book(long course, String first, boolean newsletter) throws Exception {
        String body = "{\"participant\":" + Api.participant(first, Api.unique("ret") + "@example.dk", null,
                LocalDate.of(1950, 2, 3)) + ",\"channel\":\"PHONE\",\"consentForm\":\"ORAL_PHONE\","
                + (newsletter ? "\"consents\":[{\"purpose\":\"NEWSLETTER\",\"textVersion\":\"v1\"}]," : "")
                + "\"reducedFee\":{\"group\":\"PENSIONIST\",\"declared\":true}}";
        Answer a = call("POST", "/api/courses/" + course + "/bookings", "kontor", body);
        assertEquals(201, a.status(), a.body());
        long enrolment = a.json().getJsonNumber("enrolmentId").longValue();
        long participant = -1;
        for (JsonObject e : call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array()
                .getValuesAs(JsonObject.class)) {
            if (e.getJsonNumber("id").longValue() == enrolment) {
                participant = e.getJsonNumber("participantId").longValue();
            }
        }
        Long invoice = null;
        for (JsonObject i : call("GET", "/api/invoices?course=" + course, "bogholder", null).array()
                .getValuesAs(JsonObject.class)) {
            if (i.getJsonNumber("enrolmentId").longValue() == enrolment) {
                invoice = i.getJsonNumber("id").longValue();
                Answer paid = call("POST", "/api/invoices/" + invoice + "/payments", "bogholder",
                        "{\"reference\":\"bank-" + enrolment + "\",\"amountOre\":" + i.getJsonNumber("totalOre") + "}");
                assertEquals(200, paid.status(), paid.body());
            }
        }
        return new Booked(participant, enrolment, invoice);
    }

    static JsonObject runAt(String day) throws Exception {
        Api.clockAt(Instant.parse(day + "T10:00:00Z"));
        Answer run = call("POST", "/api/retention/run", "rektor", "{}");
        assertEquals(200, run.status(), run.body());
        assertEquals("DONE", run.json().getString("status"), run.body());
        return run.json();
    }

    static long count(JsonObject run, String kind) {
        return run.getJsonArray("counts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("dataKind").equals(kind)).mapToLong(c -> c.getJsonNumber("rows").longValue())
                .sum();
    }

    static String residue(Booked b) throws Exception {
        Answer r = call("GET", "/api/test/retention/residue?" + b.residueQuery(), null, null);
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    static void assertGone(Booked b) throws Exception {
        assertEquals("{}", residue(b), "rows left for a purged person");
        assertEquals(404, call("GET", "/api/participants/" + b.participant(), "kontor", null).status());
        assertEquals(404, call("GET", "/api/invoices/" + b.invoice(), "bogholder", null).status());
    }

    static void assertKept(Booked b) throws Exception {
        JsonObject rows = Json.createReader(new StringReader(residue(b))).readObject();
        for (String table : List.of("participant", "enrolment", "invoice", "ledger_entry", "consent", "reduced_fee_declaration",
                "payer")) {
            assertTrue(rows.containsKey(table), table + " missing: " + rows);
        }
        assertEquals(200, call("GET", "/api/participants/" + b.participant(), "kontor", null).status());
    }

    @Test
    void everyTableLinkedToAPersonHasARetentionTarget() throws Exception {
        Answer a = call("GET", "/api/test/retention/uncovered", null, null);
        assertEquals(200, a.status(), a.body());
        assertEquals("{\"uncovered\":[]}", a.body());
    }

    @Test
    void theBookkeepingRuleCountsFromTheEndOfAnAugustFiscalYearAndHoldsKeep() throws Exception {
        Api.clockAt(Instant.parse("2011-03-01T10:00:00Z"));
        long spring = course(LocalDate.of(2011, 3, 15), 20);        // fiscal year 2010/11: kept through 2016-07-31
        long august = course(LocalDate.of(2011, 8, 2), 20);         // fiscal year 2011/12: kept through 2017-07-31
        long disputed = course(LocalDate.of(2011, 3, 16), 20);
        long full = course(LocalDate.of(2011, 3, 20), 1);
        Booked gone = book(spring, "Gone");
        Booked boundary = book(august, "Boundary");
        Booked held = book(spring, "Held");
        Booked onHeldCourse = book(disputed, "Disputed");
        Booked seated = book(full, "Seated");
        Booked waiting = book(full, "Waiting", false);

        Answer personHold = call("POST", "/api/retention/holds", "bogholder", "{\"participantId\":" + held.participant()
                + ",\"reason\":\"Tvist om betaling\",\"endsOn\":\"2017-01-01\"}");
        assertEquals(201, personHold.status(), personHold.body());
        assertEquals(201, call("POST", "/api/retention/holds", "rektor", "{\"courseId\":" + disputed
                + ",\"reason\":\"Kommunens revision af tilskud\",\"endsOn\":\"2016-12-31\"}").status());
        assertEquals(400, call("POST", "/api/retention/holds", "rektor", "{\"courseId\":" + disputed + ",\"participantId\":"
                + held.participant() + ",\"reason\":\"x\",\"endsOn\":\"2016-12-31\"}").status());
        assertEquals(403, call("POST", "/api/retention/holds", "kontor", "{\"courseId\":" + disputed
                + ",\"reason\":\"x\",\"endsOn\":\"2016-12-31\"}").status());
        assertTrue(call("GET", "/api/retention/holds?active=true", "rektor", null).body().contains("Tvist om betaling"));

        // Waiting list: the entry goes 30 days after the first lesson (2011-03-20), with the person who had nothing else.
        runAt("2011-04-19");
        assertEquals(200, call("GET", "/api/participants/" + waiting.participant(), "kontor", null).status());
        JsonObject run = runAt("2011-04-20");
        assertTrue(count(run, "WAITING_LIST") > 0, run.toString());
        assertEquals("{}", residue(waiting));
        assertEquals(200, call("GET", "/api/participants/" + seated.participant(), "kontor", null).status());

        JsonObject trace = call("GET", "/api/retention/traces/" + gone.participant(), "rektor", null).json();
        assertEquals("2016-07-31", trace.getString("keptUntil"), trace.toString());
        assertEquals(403, call("GET", "/api/retention/traces/" + gone.participant(), "kontor", null).status());

        // The deadline day itself: everything is still there.
        runAt("2016-07-31");
        for (Booked b : new Booked[] {gone, boundary, held, onHeldCourse, seated}) {
            assertKept(b);
        }

        // The day after: gone from every table; the next fiscal year and the held stay.
        run = runAt("2016-08-01");
        assertEquals(2, count(run, "PARTICIPANT"), run.toString());
        assertGone(gone);
        assertGone(seated);
        assertKept(boundary);
        assertKept(held);
        assertKept(onHeldCourse);
        JsonObject heldTrace = call("GET", "/api/retention/traces/" + held.participant(), "rektor", null).json();
        assertEquals(1, heldTrace.getJsonArray("activeHolds").size(), heldTrace.toString());

        // The ledger keeps the amounts of fiscal year 2010 without any link to the invoices.
        Answer ledger = call("GET", "/api/invoices/ledger/2010", "bogholder", null);
        assertTrue(ledger.body().contains("\"courseId\":" + spring), ledger.body());

        // Running again changes nothing.
        run = runAt("2016-08-01");
        assertEquals(0, count(run, "PARTICIPANT"), run.toString());
        assertKept(boundary);

        // A year later the next fiscal year is due, and the ended holds no longer keep anything.
        run = runAt("2017-08-01");
        assertEquals(3, count(run, "PARTICIPANT"), run.toString());
        assertGone(boundary);
        assertGone(held);
        assertGone(onHeldCourse);

        Answer runs = call("GET", "/api/retention/runs", "rektor", null);
        assertEquals(200, runs.status());
        assertTrue(!runs.body().contains("Gone") && !runs.body().contains("@example.dk"), "counts only");
    }

    @Test
    void rulesAreDataTheAdminChangesAndAFutureRunIsRefused() throws Exception {
        Answer rules = call("GET", "/api/retention/rules", "rektor", null);
        assertEquals(200, rules.status(), rules.body());
        JsonObject participant = rules.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("dataKind").equals("PARTICIPANT")).findFirst().orElseThrow();
        assertEquals("END_OF_FISCAL_YEAR_OF_LAST_COURSE", participant.getString("anchor"));
        assertEquals("P5Y", participant.getString("period"));
        assertEquals(403, call("GET", "/api/retention/rules", "kontor", null).status());

        // Seed 003's event lists: anonymised right after the event, written as a rule, no code.
        String eventList = "{\"anchor\":\"EVENT_END\",\"period\":\"P0D\",\"action\":\"ANONYMISE\","
                + "\"legalBasis\":\"Statistik\",\"description\":\"Deltagerlister fra arrangementer\"}";
        assertEquals(403, call("PUT", "/api/retention/rules/EVENT_LIST", "bogholder", eventList).status());
        Answer put = call("PUT", "/api/retention/rules/EVENT_LIST", "rektor", eventList);
        assertEquals(200, put.status(), put.body());
        assertTrue(put.json().getBoolean("schoolSpecific"));
        assertEquals("ANONYMISE", call("GET", "/api/retention/rules/EVENT_LIST", "rektor", null).json().getString("action"));
        assertEquals(404, call("GET", "/api/retention/rules/EVENT_LIST", "rektor-b", null).status(), "school A's rule only");

        // The public notice follows the rules: every rule in force is in it, the new one included.
        Answer notice = call("GET", "/api/public/schools/1/privacy-notice", null, null);
        assertEquals(200, notice.status(), notice.body());
        assertTrue(notice.json().getString("school").contains("Vestjylland"), notice.body());
        List<String> noticeKinds = notice.json().getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
                .map(k -> k.getString("dataKind")).toList();
        List<String> ruleKinds = call("GET", "/api/retention/rules", "rektor", null).array().getValuesAs(JsonObject.class)
                .stream().map(k -> k.getString("dataKind")).toList();
        assertEquals(ruleKinds, noticeKinds);
        assertTrue(notice.body().contains("Anonymiseres straks efter arrangementets afslutning"), notice.body());
        assertTrue(notice.body().contains("begynder 1. august"), notice.body());
        assertFalse(call("GET", "/api/public/schools/2/privacy-notice", null, null).body().contains("EVENT_LIST"));
        Answer page = call("GET", "/api/public/schools/1/privacy-notice.html", null, null);
        assertTrue(page.contentType().startsWith("text/html") && page.body().contains("Deltagerlister fra arrangementer"));
        Answer pdf = call("GET", "/api/public/schools/1/privacy-notice.pdf", null, null);
        assertEquals(200, pdf.status());
        assertEquals(List.of(), PdfAValidator.failures(pdf.bytes()));
        assertEquals(404, call("GET", "/api/public/schools/999999/privacy-notice", null, null).status());

        Answer bad = call("PUT", "/api/retention/rules/EVENT_LIST", "rektor", eventList.replace("P0D", "five years"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("retention-period-invalid"), bad.body());
        assertEquals(400, call("PUT", "/api/retention/rules/event-list", "rektor", eventList).status());
        assertEquals(400, call("PUT", "/api/retention/rules/EVENT_LIST", "rektor",
                eventList.replace("EVENT_END", "SOMEDAY")).status());

        Answer future = call("POST", "/api/retention/run", "rektor", "{\"asOf\":\"" + LocalDate.now().plusDays(3) + "\"}");
        assertEquals(400, future.status(), future.body());
        assertTrue(future.body().contains("retention-date-in-future"));
    }
}
