package dk.oplys.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.oplys.it.Api.Answer;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The canary: a recognisable CPR number and street are entered through every flow that takes
 * personal data, rightly and wrongly, and then looked for where they must never be: the server's
 * log files, answers to roles that must not see them (another school, a teacher, the operator without
 * a case, anyone anonymous), and every problem detail. Expected: zero occurrences.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CanaryIT {

    static final String CPR = "2703751337";
    static final String CPR_DASHED = "270375-1337";
    static final String STREET = "Kanarievej 77";
    static final LocalDate BIRTH = LocalDate.of(1975, 3, 27);
    static final List<String> CANARIES = List.of(CPR, CPR_DASHED, "Kanarievej");

    /** Answers that must hold none of the canaries, with who got them and for what. */
    private final List<String> leaks = new ArrayList<>();
    private int scanned;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    static String person(String email, String street, String cpr, String extra) {
        return "{\"firstName\":\"Kanarie\",\"lastName\":\"Fuglesang\",\"street\":\"" + street + "\","
                + "\"postcode\":\"6900\",\"city\":\"Skjern\",\"municipalityCode\":\"760\",\"birthDate\":\"" + BIRTH + "\","
                + (cpr == null ? "" : "\"cpr\":\"" + cpr + "\",") + extra + "\"email\":\"" + email + "\"}";
    }

    /** A call whose answer must not carry the canary (an outsider's, or any error). */
    Answer blind(String method, String path, String user, String body, String... headers) throws Exception {
        Answer a = Api.call(method, path, user, body, headers);
        scan(method + " " + path + " as " + (user == null ? "anonymous" : user), a);
        return a;
    }

    /** A call by someone entitled to the data: only its errors are scanned. */
    Answer entitled(String method, String path, String user, String body) throws Exception {
        Answer a = Api.call(method, path, user, body);
        if (a.status() >= 400) {
            scan(method + " " + path + " as " + user + " (error)", a);
        }
        return a;
    }

    void scan(String what, Answer a) {
        scanned++;
        String text = a.body() + " " + a.raw().headers().map();
        for (String canary : CANARIES) {
            if (text.contains(canary)) {
                leaks.add(what + " -> " + a.status() + " carries '" + canary + "'");
            }
        }
    }

    @Test
    void theCanaryAppearsNowhereItMustNot() throws Exception {
        String email = Api.unique("kanarie") + "@example.dk";
        long course = Api.newOpenCourse(10);

        // --- Sign-up: right, and wrong in every way that reaches a check.
        Answer signedUp = blind("POST", "/api/public/courses/" + course + "/signups", null,
                "{\"participant\":" + person(email, STREET, CPR_DASHED, "") + ",\"fields\":{},\"consents\":[]}",
                "Idempotency-Key", Api.unique("kanarie-key"));
        assertEquals(201, signedUp.status(), signedUp.body());
        blind("POST", "/api/public/courses/" + course + "/signups", null,
                "{\"participant\":" + person(email, STREET, CPR_DASHED, "") + "}");
        blind("POST", "/api/public/courses/" + course + "/signups", null,
                "{\"participant\":" + person(email, STREET, CPR + "9", "") + "}");
        blind("POST", "/api/public/courses/" + course + "/signups", null,
                "{\"participant\":" + person(email, STREET, "3213751337", "") + "}");
        blind("POST", "/api/public/courses/" + course + "/signups", null,
                "{\"participant\":" + person(email, STREET.repeat(20), CPR, "\"phone\":\"" + STREET + "\",") + "}");
        blind("POST", "/api/public/courses/" + course + "/signups", null,
                "{\"participant\":" + person(email, STREET, CPR, "\"cprNumber\":\"" + CPR + "\",") + "}");
        blind("POST", "/api/public/courses/" + course + "/signups", null,
                "{\"participant\":{\"street\":\"" + STREET + "\",\"cpr\":" + CPR + "}}");
        blind("POST", "/api/public/courses/" + course + "/signups", null, "{\"participant\":{\"street\":\"" + STREET);
        blind("POST", "/api/public/courses/" + course + "/signups", null,
                "{\"participant\":" + person(email, STREET, CPR, "") + "}", "Idempotency-Key", "kanarie " + CPR);
        blind("POST", "/api/public/courses/999999/signups", null, "{\"participant\":" + person(email, STREET, CPR, "") + "}");
        blind("GET", "/api/public/courses/" + course, null, null);
        blind("GET", "/api/public/courses", null, null);
        String order = signedUp.json().getString("paymentUrl", "");
        if (!order.isEmpty()) {
            Answer pay = blind("GET", order, null, null);
            assertEquals(303, pay.status(), pay.body());
            blind("GET", order + "/status", null, null);
        }

        // --- School A's staff work with the person (entitled), including their errors.
        long person = Api.call("POST", "/api/participants/cpr-search", "kontor", "{\"cpr\":\"" + CPR + "\"}").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        entitled("GET", "/api/participants/" + person, "kontor", null);
        entitled("GET", "/api/participants/" + person, "bogholder", null);
        entitled("PUT", "/api/participants/" + person, "kontor", person(email, STREET, CPR, "\"phone\":\"x\","));
        entitled("PUT", "/api/participants/" + person, "kontor", person(email, STREET, "99" + CPR, ""));
        entitled("PUT", "/api/participants/" + person + "/municipalities", "bogholder",
                "{\"hjemstedskommune\":\"" + STREET + "\"}");
        entitled("POST", "/api/participants/cpr-search", "kontor", "{\"cpr\":\"" + CPR + "-" + STREET + "\"}");
        long other = Api.newOpenCourse(5);
        Answer booked = entitled("POST", "/api/courses/" + other + "/bookings", "kontor",
                "{\"participantId\":" + person + ",\"channel\":\"PHONE\"}");
        assertEquals(201, booked.status(), booked.body());
        entitled("POST", "/api/courses/" + other + "/bookings", "kontor",
                "{\"participantId\":" + person + ",\"channel\":\"PHONE\"}");
        entitled("POST", "/api/courses/" + other + "/bookings", "kontor",
                "{\"participant\":" + person(email, STREET, CPR, "") + ",\"channel\":\"FAX\"}");
        entitled("GET", "/api/courses/" + other + "/enrolments", "kontor", null);
        entitled("GET", "/api/invoices?course=" + other, "bogholder", null);
        entitled("POST", "/api/enrolments/" + booked.json().getJsonNumber("enrolmentId").longValue() + "/cancel",
                "kontor", null);

        // --- Everyone who must not see the person.
        for (String outsider : List.of("kontor-b", "bogholder-b", "rektor-b")) {
            blind("POST", "/api/participants/cpr-search", outsider, "{\"cpr\":\"" + CPR + "\"}");
            blind("GET", "/api/participants?q=Fuglesang", outsider, null);
            blind("GET", "/api/participants/" + person, outsider, null);
            blind("GET", "/api/participants/" + person + "/consents", outsider, null);
            blind("PUT", "/api/participants/" + person, outsider, person(email, STREET, CPR, ""));
            blind("GET", "/api/courses/" + course + "/enrolments", outsider, null);
            blind("GET", "/api/invoices", outsider, null);
            blind("POST", "/api/support-cases", outsider, "{\"participantId\":" + person
                    + ",\"reason\":\"" + STREET + "\",\"endsAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        }
        for (String teacher : List.of("laerer", "laerer2", "laerer-b")) {
            blind("GET", "/api/me/courses", teacher, null);
            blind("GET", "/api/me", teacher, null);
            blind("GET", "/api/participants/" + person, teacher, null);
            blind("GET", "/api/courses/" + course + "/enrolments", teacher, null);
            blind("POST", "/api/participants/cpr-search", teacher, "{\"cpr\":\"" + CPR + "\"}");
        }
        // The teacher of a course the person is booked on gets the trimmed list; the hauliers their
        // schedules (the person has no transport need, so not even the address may reach them).
        for (JsonValue taught : Api.call("GET", "/api/teacher/courses", "laerer", null).array()) {
            long id = taught.asJsonObject().getJsonNumber("id").longValue();
            entitled("POST", "/api/courses/" + id + "/bookings", "kontor",
                    "{\"participantId\":" + person + ",\"channel\":\"PHONE\"}");
            blind("GET", "/api/teacher/courses/" + id, "laerer", null);
            blind("GET", "/api/teacher/courses/" + id + "/participants", "laerer", null);
            blind("GET", "/api/teacher/courses/" + id + "/participants", "laerer2", null);
            blind("GET", "/api/haulier/schedules/" + id, "vognmand", null);
            blind("GET", "/api/haulier/schedules/" + id, "vognmand-b", null);
        }
        blind("GET", "/api/haulier/schedules", "vognmand", null);
        blind("GET", "/api/haulier/schedules", "vognmand-b", null);
        blind("GET", "/api/participants/" + person, "drift", null);
        blind("POST", "/api/participants/cpr-search", "drift", "{\"cpr\":\"" + CPR + "\"}");
        blind("GET", "/api/operator/support-cases", "drift", null);
        blind("GET", "/api/operator/cpr-keys", "drift", null);

        // --- A support case: the operator sees the person while it is open, and nothing once it is closed.
        Answer opened = entitled("POST", "/api/support-cases", "rektor", "{\"participantId\":" + person
                + ",\"reason\":\"Adressen vises forkert\",\"endsAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        assertEquals(201, opened.status(), opened.body());
        long caseId = opened.json().getJsonNumber("id").longValue();
        // Support sees name, contact and enrolments: never the address or the CPR number.
        Answer seen = blind("GET", "/api/operator/support-cases/" + caseId + "/person", "drift", null);
        assertEquals(200, seen.status(), seen.body());
        assertTrue(seen.body().contains("Fuglesang"), "the case shows its person");
        entitled("GET", "/api/support-cases/" + caseId + "/accesses", "rektor", null);
        assertEquals(200, Api.call("POST", "/api/support-cases/" + caseId + "/close", "rektor", null).status());
        blind("GET", "/api/operator/support-cases/" + caseId + "/person", "drift", null);
        blind("GET", "/api/operator/support-cases", "drift", null);

        // --- Anonymous and wrong logins.
        blind("GET", "/api/participants/" + person, null, null);
        blind("POST", "/api/participants/cpr-search", null, "{\"cpr\":\"" + CPR + "\"}");

        // --- The server's log files (and the audit log) hold none of it.
        Path logs = Path.of(System.getProperty("oplys.test.server-log-dir", "target/wildfly/standalone/log"));
        assertTrue(Files.isDirectory(logs), "server log folder " + logs);
        int files = 0;
        try (Stream<Path> all = Files.list(logs)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files++;
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String canary : CANARIES) {
                    if (text.contains(canary)) {
                        int at = text.indexOf(canary);
                        String line = text.substring(Math.max(0, text.lastIndexOf('\n', at) + 1),
                                Math.min(text.length(), at + 80));
                        leaks.add("log " + file.getFileName() + " carries '" + canary + "': " + line.replace(canary, "<CANARY>"));
                    }
                }
            }
        }
        assertTrue(files > 0, "no log file to scan in " + logs);
        System.out.printf(Locale.ROOT, "canary: %d answers and %d log files scanned, %d occurrences%n", scanned, files,
                leaks.size());
        if (!leaks.isEmpty()) {
            fail("the canary leaked:\n" + String.join("\n", leaks));
        }
    }
}
