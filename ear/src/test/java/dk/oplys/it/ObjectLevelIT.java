package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.it.Api.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Object-level access: a role that may use an operation still reaches only its own school's objects,
 * and a guessed id of another school's object answers exactly like an id that does not exist (no
 * existence leak). The other object-level cases live with their features: a haulier of another school
 * and a teacher of another course see nothing ({@code TeachingTransportIT}), a participant's session
 * reaches only that person's data, which no operation takes an id for ({@code DataSubjectRightsIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectLevelIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    static Set<Long> ids(Answer list, String key) {
        assertEquals(200, list.status(), list.body());
        return list.array().stream().map(JsonValue::asJsonObject).map(o -> o.getJsonNumber(key).longValue())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static void sameAsMissing(String method, String path, String user, String body) throws Exception {
        Answer guessed = call(method, path, user, body);
        assertEquals(404, guessed.status(), method + " " + path + " as " + user + ": " + guessed.body());
        assertEquals("not-found", guessed.json().getString("code"), guessed.body());
    }

    @Test
    void schoolAStaffCannotReachSchoolBCoursesByGuessingIds() throws Exception {
        Set<Long> ownA = ids(call("GET", "/api/courses", "kontor", null), "id");
        Set<Long> ownB = ids(call("GET", "/api/courses", "kontor-b", null), "id");
        assertTrue(ownA.stream().noneMatch(ownB::contains), "lists are per school");
        for (long b : ownB) {
            for (String user : List.of("kontor", "bogholder", "rektor")) {
                sameAsMissing("GET", "/api/courses/" + b, user, null);
                sameAsMissing("GET", "/api/courses/" + b + "/enrolments", user, null);
            }
            sameAsMissing("POST", "/api/courses/" + b + "/status", "kontor", "{\"status\":\"CANCELLED\"}");
            sameAsMissing("POST", "/api/courses/" + b + "/bookings", "kontor",
                    "{\"participant\":" + Api.participant("Gæt", Api.unique("g") + "@example.dk", null,
                            java.time.LocalDate.of(1980, 1, 1)) + ",\"channel\":\"PHONE\"}");
        }
        for (long b : ownB) {
            assertEquals(200, call("GET", "/api/courses/" + b, "kontor-b", null).status(), "still there for school B");
        }
    }

    @Test
    void everyParticipantIdAnswers200OnlyForTheOwnSchoolAnd404OtherwiseAlike() throws Exception {
        Set<Long> ownB = ids(call("GET", "/api/participants?q=example", "kontor-b", null), "id");
        assertFalse(ownB.isEmpty());
        long highest = ownB.stream().mapToLong(Long::longValue).max().orElseThrow() + 5;
        Set<Long> reachedByA = new TreeSet<>();
        for (long id = 1; id <= highest; id++) {
            Answer a = call("GET", "/api/participants/" + id, "kontor", null);
            if (a.status() == 200) {
                reachedByA.add(id);
            } else {
                assertEquals(404, a.status(), "participant " + id + ": " + a.body());
                assertEquals("not-found", a.json().getString("code"));
            }
        }
        assertFalse(reachedByA.isEmpty());
        assertTrue(reachedByA.stream().noneMatch(ownB::contains), "school A reached school B's participants " + reachedByA);
        long b = ownB.iterator().next();
        sameAsMissing("GET", "/api/participants/" + b + "/consents", "kontor", null);
        sameAsMissing("PUT", "/api/participants/" + b + "/municipalities", "bogholder", "{\"hjemstedskommune\":\"751\"}");
        sameAsMissing("POST", "/api/participants/" + b + "/consents", "kontor",
                "{\"purpose\":\"NEWSLETTER\",\"textVersion\":\"1\",\"form\":\"ORAL_PHONE\"}");
        sameAsMissing("PUT", "/api/participants/" + b, "kontor", Api.participant("Ændret", "x@example.dk", null,
                java.time.LocalDate.of(1970, 4, 4)));
        Answer search = call("GET", "/api/participants?q=example", "kontor", null);
        assertTrue(ids(search, "id").stream().noneMatch(ownB::contains), "search stays in the own school");
        Answer supportCase = call("POST", "/api/support-cases", "rektor", "{\"participantId\":" + b
                + ",\"reason\":\"gæt\",\"endsAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        assertEquals(404, supportCase.status(), supportCase.body());
    }

    @Test
    void invoicesAndEnrolmentsOfSchoolBAreOutOfReach() throws Exception {
        Answer invoicesB = call("GET", "/api/invoices", "bogholder-b", null);
        Set<Long> ownB = ids(invoicesB, "id");
        assertTrue(ids(call("GET", "/api/invoices", "bogholder", null), "id").stream().noneMatch(ownB::contains));
        JsonObject one = invoicesB.array().getJsonObject(0);
        long invoice = one.getJsonNumber("id").longValue();
        long enrolment = one.getJsonNumber("enrolmentId").longValue();
        sameAsMissing("GET", "/api/invoices/" + invoice, "bogholder", null);
        assertEquals(404, call("GET", "/api/invoices/" + invoice + "/pdf", "bogholder", null).status());
        sameAsMissing("POST", "/api/invoices/" + invoice + "/resend", "kontor", null);
        sameAsMissing("POST", "/api/invoices/" + invoice + "/payments", "bogholder",
                "{\"reference\":\"gæt\",\"amountOre\":100}");
        sameAsMissing("POST", "/api/enrolments/" + enrolment + "/cancel", "kontor", null);
        Answer after = call("GET", "/api/invoices/" + invoice, "bogholder-b", null);
        assertEquals(one.getString("status"), after.json().getString("status"), "nothing changed for school B");
    }

    @Test
    void schoolAdminsManageOnlyTheirOwnAccountsAndSupportCases() throws Exception {
        Set<Long> usersB = ids(call("GET", "/api/users", "rektor-b", null), "id");
        assertTrue(ids(call("GET", "/api/users", "rektor", null), "id").stream().noneMatch(usersB::contains));
        for (long u : usersB) {
            sameAsMissing("POST", "/api/users/" + u + "/deactivate", "rektor", null);
        }
        long personB = ids(call("GET", "/api/participants?q=example", "kontor-b", null), "id").iterator().next();
        Answer opened = call("POST", "/api/support-cases", "rektor-b", "{\"participantId\":" + personB
                + ",\"reason\":\"Adressen vises forkert\",\"endsAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        assertEquals(201, opened.status(), opened.body());
        long caseId = opened.json().getJsonNumber("id").longValue();
        sameAsMissing("GET", "/api/support-cases/" + caseId + "/accesses", "rektor", null);
        sameAsMissing("POST", "/api/support-cases/" + caseId + "/close", "rektor", null);
        assertFalse(call("GET", "/api/support-cases", "rektor", null).body().contains("\"id\":" + caseId + ","));
        assertEquals(200, call("POST", "/api/support-cases/" + caseId + "/close", "rektor-b", null).status());
    }

    @Test
    void aTeacherSeesOnlyTheOwnCoursesAndNoRegister() throws Exception {
        Set<Long> mine = ids(call("GET", "/api/me/courses", "laerer", null), "id");
        Set<Long> colleague = ids(call("GET", "/api/me/courses", "laerer2", null), "id");
        Set<Long> otherSchool = ids(call("GET", "/api/me/courses", "laerer-b", null), "id");
        assertFalse(mine.isEmpty());
        assertFalse(colleague.isEmpty());
        assertTrue(mine.stream().noneMatch(colleague::contains), "a colleague's courses are not listed");
        assertTrue(mine.stream().noneMatch(otherSchool::contains));
        long theirs = colleague.iterator().next();
        for (String path : List.of("/api/courses/" + theirs, "/api/courses/" + theirs + "/enrolments",
                "/api/participants/1", "/api/invoices")) {
            assertEquals(403, call("GET", path, "laerer", null).status(), path);
        }
    }

    @Test
    void theOperatorReachesNoSchoolDataWithoutACase() throws Exception {
        for (String path : List.of("/api/courses", "/api/courses/1/enrolments", "/api/participants/1",
                "/api/participants?q=example", "/api/invoices", "/api/users", "/api/support-cases")) {
            assertEquals(403, call("GET", path, "drift", null).status(), path);
        }
        Answer cases = call("GET", "/api/operator/support-cases", "drift", null);
        assertEquals(200, cases.status());
        assertFalse(cases.body().contains("@example"), "the case list carries no personal data");
    }
}
