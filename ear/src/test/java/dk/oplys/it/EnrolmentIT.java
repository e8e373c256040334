package dk.oplys.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dk.oplys.it.Api.call;
import static dk.oplys.it.Api.newOpenCourse;
import static dk.oplys.it.Api.person;

import dk.oplys.it.Api.Answer;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole application on a real WildFly (started by Arquillian), driven over HTTP as its users
 * drive it. Runs against H2 by default and PostgreSQL with -Ppostgres.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void catalogueListsDemoCoursesAndHidesDrafts() throws Exception {
        Answer a = call("GET", "/api/public/courses", null, null);
        assertEquals(200, a.status(), a.body());
        assertTrue(a.body().contains("Keramik for begyndere"));
        assertFalse(a.body().contains("kladde"));
        assertEquals(98, call("GET", "/api/public/municipalities", null, null).array().size());
    }

    @Test
    void signUpFillsSeatsThenWaitingListAndCancellationPromotes() throws Exception {
        long course = newOpenCourse(1);
        Answer first = call("POST", "/api/public/courses/" + course + "/signups", null,
                person("Ane", "ane-" + course + "@example.dk", null, LocalDate.of(1980, 1, 1)));
        assertEquals(201, first.status(), first.body());
        assertEquals("CONFIRMED", first.json().getString("status"));
        Answer second = call("POST", "/api/public/courses/" + course + "/signups", null,
                person("Bo", "bo-" + course + "@example.dk", null, LocalDate.of(1981, 1, 1)));
        assertEquals("WAITING", second.json().getString("status"));
        assertEquals(1, second.json().getInt("waitingPosition"));

        JsonArray list = call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array();
        long confirmedId = list.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("status").equals("CONFIRMED")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "/api/enrolments/" + confirmedId + "/cancel", "kontor", null).status());
        JsonArray after = call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array();
        assertEquals(1, after.stream().filter(v -> v.asJsonObject().getString("status").equals("CONFIRMED")).count());
        assertTrue(after.stream().anyMatch(v -> v.asJsonObject().getString("participantName").startsWith("Bo ")
                && v.asJsonObject().getString("status").equals("CONFIRMED")));
    }

    @Test
    void retriedSignUpWithSameIdempotencyKeyEnrolsOnce() throws Exception {
        long course = newOpenCourse(5);
        String key = "retry-" + UUID.randomUUID();
        String body = person("Cai", "cai-" + course + "@example.dk", null, LocalDate.of(1982, 1, 1));
        Answer a = call("POST", "/api/public/courses/" + course + "/signups", null, body, "Idempotency-Key", key);
        Answer b = call("POST", "/api/public/courses/" + course + "/signups", null, body, "Idempotency-Key", key);
        assertEquals(201, a.status(), a.body());
        assertEquals(200, b.status(), b.body());
        assertEquals(a.json().getString("reference"), b.json().getString("reference"));
        assertEquals(1, call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().size());
        Answer again = call("POST", "/api/public/courses/" + course + "/signups", null, body);
        assertEquals(409, again.status(), again.body());
        assertEquals("already-enrolled", again.json().getString("code"));
    }

    @Test
    void concurrentRetriesWithOneKeyEnrolOnceAndAllGetTheSameAnswer() throws Exception {
        long course = newOpenCourse(5);
        String key = "storm-" + UUID.randomUUID();
        String body = person("Dina", "dina-" + course + "@example.dk", null, LocalDate.of(1979, 5, 6));
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> call("POST", "/api/public/courses/" + course + "/signups", null, body,
                    "Idempotency-Key", key)));
        }
        int created = 0;
        java.util.Set<String> references = new java.util.HashSet<>();
        for (Future<Answer> f : answers) {
            Answer a = f.get();
            assertTrue(a.status() == 201 || a.status() == 200, a.status() + " " + a.body());
            created += a.status() == 201 ? 1 : 0;
            references.add(a.json().getString("reference"));
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(1, references.size());
        assertEquals(1, call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().size());
        assertEquals(1, call("GET", "/api/courses/" + course, "kontor", null).json().getInt("seatsTaken"));
    }

    @Test
    void manyConcurrentSignUpsNeverOverbook() throws Exception {
        long course = newOpenCourse(5);
        int clients = 40;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String body = person("P" + i, "p" + i + "-" + course + "@example.dk", null, LocalDate.of(1970, 1, 1).plusDays(i));
            answers.add(pool.submit(() -> call("POST", "/api/public/courses/" + course + "/signups", null, body,
                    "Idempotency-Key", UUID.randomUUID().toString())));
        }
        int confirmed = 0;
        int waiting = 0;
        for (Future<Answer> f : answers) {
            Answer a = f.get();
            assertEquals(201, a.status(), a.body());
            if (a.json().getString("status").equals("CONFIRMED")) {
                confirmed++;
            } else {
                waiting++;
            }
        }
        pool.shutdown();
        assertEquals(5, confirmed);
        assertEquals(clients - 5, waiting);
        JsonObject c = call("GET", "/api/courses/" + course, "kontor", null).json();
        assertEquals(5, c.getInt("seatsTaken"));
        JsonArray list = call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array();
        assertEquals(5, list.stream().filter(v -> v.asJsonObject().getString("status").equals("CONFIRMED")).count());
        assertEquals(clients, list.size());
        // A sign-up that wrote its confirmed rows and then found the seat gone went back to its
        // savepoint: exactly one numbered invoice per seat, none for the waiting list.
        List<Long> confirmedIds = list.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("status").equals("CONFIRMED")).map(o -> o.getJsonNumber("id").longValue())
                .sorted().toList();
        List<JsonObject> invoices = call("GET", "/api/invoices?course=" + course, "kontor", null).array().stream()
                .map(v -> v.asJsonObject()).toList();
        assertEquals(5, invoices.size(), invoices.toString());
        assertEquals(confirmedIds, invoices.stream().map(i -> i.getJsonNumber("enrolmentId").longValue()).sorted().toList());
        assertEquals(5, invoices.stream().map(i -> i.getString("number")).distinct().count());
        assertTrue(invoices.stream().allMatch(i -> i.getString("number").matches("\\d{4}-\\d{6,}")), invoices.toString());
    }

    @Test
    void schoolBStaffCannotReadListOrChangeSchoolAData() throws Exception {
        long course = newOpenCourse(3);
        assertEquals(404, call("GET", "/api/courses/" + course, "kontor-b", null).status());
        assertEquals(404, call("GET", "/api/courses/" + course + "/enrolments", "kontor-b", null).status());
        assertEquals(404, call("POST", "/api/courses/" + course + "/status", "kontor-b", "{\"status\":\"CANCELLED\"}").status());
        assertFalse(call("GET", "/api/courses", "kontor-b", null).body().contains("\"id\":" + course + ","));
        assertEquals(404, call("GET", "/api/participants/1", "kontor-b", null).status());
        assertEquals("[]", call("GET", "/api/participants?q=Andersen", "kontor-b", null).body());
        assertEquals("[]", call("POST", "/api/participants/cpr-search", "kontor-b", "{\"cpr\":\"150572-1234\"}").body());
        assertEquals(404, call("POST", "/api/courses/" + course + "/bookings", "kontor-b",
                "{\"participantId\":1,\"channel\":\"PHONE\"}").status());
        // and school A's own staff can
        assertEquals(200, call("GET", "/api/courses/" + course, "kontor", null).status());
    }

    @Test
    void cprIsMaskedForCourseStaffAndFullForAdminStaff() throws Exception {
        long id = call("POST", "/api/participants/cpr-search", "kontor", "{\"cpr\":\"150572-1234\"}").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("150572-XXXX", call("GET", "/api/participants/" + id, "kontor", null).json().getString("cpr"));
        assertEquals("150572-1234", call("GET", "/api/participants/" + id, "bogholder", null).json().getString("cpr"));
    }

    @Test
    void badInputGetsProblemJsonAndWritesNothing() throws Exception {
        long course = newOpenCourse(2);
        String path = "/api/public/courses/" + course + "/signups";
        String good = person("Dan", "dan-" + course + "@example.dk", null, LocalDate.of(1983, 1, 1));
        List<String> bad = List.of(
                good.replace("\"birthDate\":\"1983-01-01\"", "\"birthDate\":\"yesterday\""),       // unreadable date
                good.replace("\"consents\":[]", "\"consents\":[{\"purpose\":\"SPAM\",\"textVersion\":\"v1\"}]"), // enum
                good.replace("\"postcode\":\"6900\"", "\"postcode\":\"69\""),                      // validation
                good.replace("\"municipalityCode\":\"760\"", "\"municipalityCode\":\"999\""),      // unknown code
                good.replace("\"email\"", "\"cpr\":\"010180-1234\",\"email\""),                    // CPR vs birth date
                good.replace("\"fields\":{}", "\"fields\":{},\"status\":\"ENROLLED\""),             // unknown property
                good.replace("\"lastName\":\"Testesen\"", "\"lastName\":\"Testesen\",\"schoolId\":2"), // nested unknown
                good.replace("\"postcode\":\"6900\"", "\"postcode\":6900"),                        // number for string
                good.replace("\"consents\":[]", "\"consents\":{}"),                                 // object for array
                "[]",
                "{not json",
                "{\"participant\":{\"firstName\":\"" + "x".repeat(70_000) + "\"}}");              // oversized
        for (String body : bad) {
            Answer a = call("POST", path, null, body);
            assertTrue(a.status() >= 400 && a.status() < 500, a.status() + " " + a.body());
            assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
            assertTrue(a.json().containsKey("code"), a.body());
            assertFalse(a.body().contains("Exception"), a.body());
        }
        JsonObject unknown = call("POST", path, null, bad.get(5)).json();
        assertEquals("unknown-property", unknown.getString("code"), unknown.toString());
        assertEquals("/participant/schoolId", call("POST", path, null, bad.get(6)).json().getString("field"));
        assertEquals("wrong-type", call("POST", path, null, bad.get(7)).json().getString("code"));
        assertEquals(0, call("GET", "/api/courses/" + course, "kontor", null).json().getInt("seatsTaken"));
        assertEquals(0, call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().size());
    }

    @Test
    void rolesAreEnforced() throws Exception {
        assertEquals(401, call("GET", "/api/courses", null, null).status());
        assertEquals(403, call("GET", "/api/courses", "laerer", null).status());
        assertEquals(403, call("POST", "/api/courses/1/status", "bogholder", "{\"status\":\"CANCELLED\"}").status());
        assertEquals(200, call("GET", "/api/me/courses", "laerer", null).status());
        assertEquals(403, call("GET", "/api/me/courses", "kontor", null).status());
    }
}
