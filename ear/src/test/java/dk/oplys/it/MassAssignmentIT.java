package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.oplys.it.Api.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No mass assignment: every JSON write the server offers (read from /openapi) has a case here, in
 * which a valid request is sent again carrying fields the caller may not set (ids, school, status,
 * role, prices, timestamps). Each such request must be refused with 400 naming the field. Fields a
 * request may carry but whose value is constrained (a role, a venue, a teacher, a person) are tried
 * with values outside the caller's reach. Adding a JSON write: add a {@link Case} to {@link #CASES}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MassAssignmentIT {

    /** A JSON write, a valid body for it, and properties (JSON pointers) that must be refused. */
    record Case(String operation, String path, String user, String body, Map<String, String> forbidden) {
    }

    /** JSON writes without a case, with the reason. */
    static final Map<String, String> EXEMPT = Map.of(
            "PUT /api/test/clock", "test servers only; sets nothing but the clock");

    static String participant() {
        return Api.participant("Masse", Api.unique("masse") + "@example.dk", null, LocalDate.of(1980, 2, 2));
    }

    static String course(long venue, String teachers) {
        return "{\"title\":\"Masse " + UUID.randomUUID() + "\",\"description\":\"t\",\"activityKind\":\"UNDERVISNING\","
                + "\"venueId\":" + venue + ",\"capacity\":5,\"feeOre\":10000,\"reducedFeeOre\":null,\"signupOpensAt\":\""
                + Instant.now().minusSeconds(3600) + "\",\"signupClosesAt\":\"" + Instant.now().plusSeconds(86400)
                + "\",\"transportOffered\":false,\"lessons\":[{\"date\":\"" + LocalDate.now().plusDays(30)
                + "\",\"start\":\"19:00:00\",\"end\":\"20:30:00\"}],\"fields\":[],\"teacherIds\":" + teachers + "}";
    }

    static final List<Case> CASES = List.of(
            new Case("POST /api/courses", "/api/courses", "kontor", course(1, "[]"), Map.of(
                    "/id", "999", "/schoolId", "2", "/status", "\"CONFIRMED\"", "/seatsTaken", "0",
                    "/lessons/0/id", "1")),
            new Case("POST /api/courses/{id}/status", "/api/courses/1/status", "kontor", "{\"status\":\"OPEN\"}",
                    Map.of("/schoolId", "2", "/id", "9")),
            new Case("POST /api/courses/{id}/bookings", "/api/courses/1/bookings", "kontor",
                    "{\"participant\":" + participant() + ",\"channel\":\"PHONE\"}", Map.of(
                            "/status", "\"ENROLLED\"", "/feeOre", "0", "/priceOre", "0", "/schoolId", "2",
                            "/participant/id", "1", "/participant/schoolId", "2", "/waitingPosition", "0")),
            new Case("PUT /api/courses/{id}/lessons/{lessonId}", "/api/courses/1/lessons/999999", "kontor",
                    "{\"date\":\"2030-01-07\",\"start\":\"19:00:00\",\"end\":\"20:30:00\"}", Map.of(
                            "/id", "1", "/courseId", "2", "/units", "9", "/signedOff", "true")),
            new Case("POST /api/invoices/{id}/payments", "/api/invoices/999999/payments", "bogholder",
                    "{\"reference\":\"bank-1\",\"amountOre\":100}", Map.of("/status", "\"PAID\"", "/invoiceId", "1",
                            "/schoolId", "2")),
            new Case("POST /api/participants/cpr-search", "/api/participants/cpr-search", "kontor",
                    "{\"cpr\":\"0101801234\"}", Map.of("/schoolId", "2")),
            new Case("PUT /api/participants/{id}", "/api/participants/1", "kontor", participant(), Map.of(
                    "/id", "2", "/schoolId", "2", "/cprHash", "\"x\"", "/createdAt", "\"2020-01-01T00:00:00Z\"")),
            new Case("PUT /api/participants/{id}/municipalities", "/api/participants/1/municipalities", "bogholder",
                    "{\"hjemstedskommune\":\"760\"}", Map.of("/schoolId", "2", "/participantId", "2")),
            new Case("POST /api/participants/{id}/consents", "/api/participants/1/consents", "kontor",
                    "{\"purpose\":\"NEWSLETTER\",\"textVersion\":\"1\",\"form\":\"ORAL_PHONE\"}", Map.of(
                            "/givenAt", "\"2020-01-01T00:00:00Z\"", "/participantId", "2", "/recordedBy", "\"x\"")),
            new Case("POST /api/participants/{id}/consents/{consentId}/withdraw", "/api/participants/1/consents/999999/withdraw",
                    "kontor", "{\"form\":\"EMAIL\"}", Map.of("/withdrawnAt", "\"2020-01-01T00:00:00Z\"",
                            "/participantId", "2")),
            new Case("POST /api/public/courses/{id}/signups", "/api/public/courses/1/signups", null,
                    "{\"participant\":" + participant() + "}", Map.of(
                            "/status", "\"ENROLLED\"", "/channel", "\"PHONE\"", "/feeOre", "0", "/schoolId", "2",
                            "/courseId", "2", "/participant/id", "1", "/reference", "\"x\"")),
            new Case("POST /api/support-cases", "/api/support-cases", "rektor",
                    "{\"participantId\":1,\"reason\":\"r\",\"endsAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}",
                    Map.of("/status", "\"OPEN\"", "/schoolId", "2", "/openedBy", "\"drift\"",
                            "/openedAt", "\"2020-01-01T00:00:00Z\"")),
            new Case("POST /api/users", "/api/users", "rektor", "{\"username\":\"masse-" + UUID.randomUUID().toString()
                    .substring(0, 8) + "\",\"fullName\":\"M\",\"role\":\"teacher\",\"password\":\"correct horse battery\"}",
                    Map.of("/schoolId", "2", "/roles", "[\"operator\"]", "/active", "true", "/id", "1",
                            "/passwordHash", "\"$2a$10$x\"")),
            // Data-subject requests and retention (issue 6)
            new Case("POST /api/data-subject-requests", "/api/data-subject-requests", "kontor",
                    "{\"participantId\":1,\"kind\":\"ACCESS\",\"channel\":\"PHONE\"}", Map.of("/schoolId", "2",
                            "/status", "\"ANSWERED\"", "/deadline", "\"2030-01-01\"", "/id", "1")),
            new Case("POST /api/data-subject-requests/{id}/answer", "/api/data-subject-requests/999999/answer", "kontor",
                    "{\"outcome\":\"GRANTED\",\"answer\":\"ok\"}", Map.of("/answeredBy", "\"drift\"",
                            "/answeredAt", "\"2020-01-01T00:00:00Z\"", "/schoolId", "2")),
            new Case("PUT /api/retention/rules/{kind}", "/api/retention/rules/no-such-kind", "rektor",
                    "{\"period\":\"P5Y\",\"legalBasis\":\"b\",\"description\":\"d\"}", Map.of("/schoolId", "2",
                            "/kind", "\"participant\"", "/changedBy", "\"drift\"")),
            new Case("POST /api/retention/holds", "/api/retention/holds", "bogholder",
                    "{\"participantId\":1,\"reason\":\"r\",\"endsOn\":\"2030-01-01\"}", Map.of("/schoolId", "2",
                            "/createdBy", "\"drift\"", "/releasedAt", "\"2020-01-01T00:00:00Z\"")),
            new Case("POST /api/retention/run", "/api/retention/run", "rektor", "{\"asOf\":\"2020-01-01\"}",
                    Map.of("/schoolId", "2", "/dryRun", "false")),
            new Case("POST /api/public/me/login-link", "/api/public/me/login-link", null,
                    "{\"email\":\"nobody@example.dk\"}", Map.of("/participantId", "1", "/schoolId", "2")),
            // Municipal reporting (issue 4)
            new Case("POST /api/municipal-reports", "/api/municipal-reports", "bogholder",
                    "{\"municipalityCode\":\"760\",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}", Map.of(
                            "/schoolId", "2", "/status", "\"RELEASED\"", "/version", "1")),
            new Case("POST /api/municipal-rules", "/api/municipal-rules", "bogholder",
                    "{\"municipalityCode\":\"760\",\"validFrom\":\"2026-01-01\"}", Map.of("/schoolId", "2", "/id", "1")),
            new Case("PUT /api/municipal-rules/{id}", "/api/municipal-rules/999999", "bogholder",
                    "{\"municipalityCode\":\"760\",\"validFrom\":\"2026-01-01\"}", Map.of("/schoolId", "2", "/id", "1")),
            new Case("POST /api/public/me/rectification", "/api/public/me/rectification", null, "{\"text\":\"t\"}",
                    Map.of("/participantId", "1", "/status", "\"ANSWERED\"")),
            // Teachers and transport (issue 5)
            new Case("PUT /api/teacher/courses/{id}/lessons/{lessonId}/attendance",
                    "/api/teacher/courses/999999/lessons/999999/attendance", "laerer",
                    "{\"marks\":[{\"enrolmentId\":1,\"present\":true}],\"reason\":null}", Map.of(
                            "/signedOff", "true", "/signedOffBy", "\"laerer\"", "/marks/0/changedBy", "\"x\"",
                            "/marks/0/recordedAt", "\"2020-01-01T00:00:00Z\"")),
            new Case("PUT /api/teaching/settings", "/api/teaching/settings", "rektor",
                    "{\"accessDaysBefore\":7,\"accessDaysAfter\":14,\"teacherSeesPhone\":false}",
                    Map.of("/schoolId", "2", "/changedBy", "\"drift\"")),
            new Case("PUT /api/transport/enrolments/{id}/need", "/api/transport/enrolments/999999/need", "kontor",
                    "{\"street\":\"Vej 1\",\"postcode\":\"7400\",\"city\":\"Herning\",\"consent\":true}", Map.of(
                            "/enrolmentId", "1", "/participantId", "1", "/courseId", "1", "/schoolId", "2",
                            "/removedAt", "\"2020-01-01T00:00:00Z\"")),
            new Case("PUT /api/public/transport/{reference}", "/api/public/transport/no-such-reference", null,
                    "{\"street\":\"Vej 1\",\"postcode\":\"7400\",\"city\":\"Herning\",\"consent\":true}", Map.of(
                            "/enrolmentId", "1", "/participantId", "1", "/courseId", "1", "/schoolId", "2")),
            new Case("POST /api/transport/hauliers", "/api/transport/hauliers", "rektor",
                    "{\"name\":\"Masse Kørsel " + UUID.randomUUID() + "\",\"contactEmail\":\"k@example.dk\","
                            + "\"dpaSignedOn\":\"2026-01-01\"}", Map.of("/schoolId", "2", "/id", "1",
                            "/loginUserId", "1", "/roles", "[\"operator\"]")),
            new Case("PUT /api/transport/courses/{id}/haulier", "/api/transport/courses/999999/haulier", "kontor",
                    "{\"haulierId\":1,\"marginMinutes\":30}", Map.of("/schoolId", "2", "/courseId", "1",
                            "/version", "1")),
            // Newsletter (issue 6)
            new Case("POST /api/newsletters", "/api/newsletters", "kontor",
                    "{\"subject\":\"s\",\"text\":\"t\"}", Map.of("/schoolId", "2", "/recipients", "[1]",
                            "/sentAt", "\"2020-01-01T00:00:00Z\"")));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void everyJsonWriteTheServerOffersHasACase() throws Exception {
        Set<String> writes = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        JsonObject paths = Api.call("GET", AccessMatrix.origin() + "/openapi?format=JSON", null, null).json()
                .getJsonObject("paths");
        String context = java.net.URI.create(Api.BASE).getPath();
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> op : paths.getJsonObject(path).entrySet()) {
                all.add(op.getKey().toUpperCase() + " " + path.substring(context.length()));
                // A body read as JSON: declared application/json, or no @Consumes at all (*/*).
                if (op.getValue() instanceof JsonObject o && o.containsKey("requestBody")
                        && (o.getJsonObject("requestBody").getJsonObject("content").containsKey("application/json")
                        || o.getJsonObject("requestBody").getJsonObject("content").containsKey("*/*"))) {
                    writes.add(op.getKey().toUpperCase() + " " + path.substring(context.length()));
                }
            }
        }
        Set<String> covered = new TreeSet<>(EXEMPT.keySet());
        CASES.forEach(c -> covered.add(c.operation()));
        Set<String> missing = new TreeSet<>(writes);
        missing.removeAll(covered);
        // A body-taking operation the document lists without a JSON body (no @Consumes) may keep its case.
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(all);
        assertTrue(missing.isEmpty(), "JSON writes without a mass-assignment case: " + missing);
        assertTrue(stale.isEmpty(), "cases for operations that no longer exist: " + stale);
    }

    @Test
    void fieldsTheCallerMayNotSetAreRefusedByName() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Case c : CASES) {
            String method = c.operation().substring(0, c.operation().indexOf(' '));
            for (Map.Entry<String, String> f : c.forbidden().entrySet()) {
                JsonStructure body = Json.createReader(new StringReader(c.body())).read();
                JsonValue value = Json.createReader(new StringReader("[" + f.getValue() + "]")).readArray().get(0);
                String sent = Json.createPointer(f.getKey()).add(body, value).toString();
                Answer a = call(method, c.path(), c.user(), sent);
                if (a.status() != 400 || !a.body().contains("\"field\":\"" + f.getKey() + "\"")) {
                    failures.add(c.operation() + " with " + f.getKey() + ": " + a.status() + " " + a.body());
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    @Test
    void constrainedFieldsCannotReachBeyondTheCallersSchoolOrRole() throws Exception {
        long venueB = Api.call("GET", "/api/courses", "kontor-b", null).array().getJsonObject(0).getJsonObject("venue")
                .getJsonNumber("id").longValue();
        long teacherB = Api.call("GET", "/api/users", "rektor-b", null).array().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getJsonArray("roles").toString().contains("teacher")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long personB = Api.call("GET", "/api/participants?q=example", "kontor-b", null).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        int coursesBefore = Api.call("GET", "/api/courses", "kontor", null).array().size();

        assertRefused(call("POST", "/api/courses", "kontor", course(venueB, "[]")), "venueId");
        assertRefused(call("POST", "/api/courses", "kontor", course(1, "[" + teacherB + "]")), "teacherIds");
        assertEquals(coursesBefore, Api.call("GET", "/api/courses", "kontor", null).array().size(), "no course made");
        assertRefused(call("POST", "/api/courses/1/bookings", "kontor", "{\"participantId\":" + personB
                + ",\"channel\":\"PHONE\"}"), null);
        assertRefused(call("POST", "/api/support-cases", "rektor", "{\"participantId\":" + personB
                + ",\"reason\":\"r\",\"endsAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}"), null);
        // The school admin gives school roles, and makes hauliers' logins (linked when the haulier is
        // registered); the association's operator and municipal systems are not the school's to make.
        for (String role : List.of("operator", "municipality", "superuser")) {
            Answer a = call("POST", "/api/users", "rektor", "{\"username\":\"" + Api.unique("rolle") + "\",\"fullName\":\"R\","
                    + "\"role\":\"" + role + "\",\"password\":\"correct horse battery\"}");
            assertEquals(400, a.status(), role + ": " + a.body());
        }
    }

    static void assertRefused(Answer a, String field) {
        assertTrue(a.status() == 400 || a.status() == 404, a.status() + " " + a.body());
        if (field != null) {
            assertEquals(field, a.json().getString("field", null), a.body());
        }
    }
}
