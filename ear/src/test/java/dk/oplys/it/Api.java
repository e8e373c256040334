package dk.oplys.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The running application as its HTTP clients see it: calls, demo logins, and a few builders. */
final class Api {

    static final String BASE = System.getProperty("oplys.test.base-url", "http://127.0.0.1:8180/oplys");
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Api() {
    }

    /** The EAR the build made, deployed as it is. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "oplys.ear")
                .importFrom(new File(System.getProperty("oplys.test.ear", "target/oplys.ear")))
                .as(EnterpriseArchive.class);
    }

    record Answer(int status, String contentType, String body, HttpResponse<byte[]> raw) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        byte[] bytes() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** A request to a path under the application (or an absolute URL); {@code user} logs in with the demo password. */
    static Answer call(String method, String path, String user, String body, String... headers) throws Exception {
        URI uri = URI.create(path.startsWith("http") ? path : BASE + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":oplys-demo").getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                new String(r.body(), StandardCharsets.UTF_8), r);
    }

    static String person(String first, String email, String cpr, LocalDate birth) {
        return "{\"participant\":" + participant(first, email, cpr, birth) + ",\"fields\":{},\"consents\":[]}";
    }

    static String participant(String first, String email, String cpr, LocalDate birth) {
        return "{\"firstName\":\"" + first + "\",\"lastName\":\"Testesen\",\"street\":\"Testvej 1\","
                + "\"postcode\":\"6900\",\"city\":\"Skjern\",\"municipalityCode\":\"760\",\"birthDate\":\"" + birth + "\","
                + (cpr == null ? "" : "\"cpr\":\"" + cpr + "\",") + "\"email\":\"" + email + "\"}";
    }

    /** A fresh open course of school A with the given capacity, made through the staff API. */
    static long newOpenCourse(int capacity) throws Exception {
        return newOpenCourse(capacity, 10000, null, LocalDate.now().plusDays(30));
    }

    static long newOpenCourse(int capacity, long feeOre, Long reducedFeeOre, LocalDate firstLesson) throws Exception {
        long venue = call("GET", "/api/courses", "kontor", null).array().getJsonObject(0)
                .getJsonObject("venue").getJsonNumber("id").longValue();
        String body = "{\"title\":\"Test " + UUID.randomUUID() + "\",\"description\":\"t\",\"activityKind\":\"UNDERVISNING\","
                + "\"venueId\":" + venue + ",\"capacity\":" + capacity + ",\"feeOre\":" + feeOre + ",\"reducedFeeOre\":"
                + reducedFeeOre + ",\"signupOpensAt\":\"" + Instant.now().minusSeconds(3600) + "\",\"signupClosesAt\":\""
                + Instant.now().plusSeconds(86400) + "\",\"transportOffered\":false,"
                + "\"lessons\":[{\"date\":\"" + firstLesson + "\",\"start\":\"19:00:00\",\"end\":\"20:30:00\"}],"
                + "\"fields\":[],\"teacherIds\":[]}";
        Answer created = call("POST", "/api/courses", "kontor", body);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "/api/courses/" + id + "/status", "kontor", "{\"status\":\"OPEN\"}").status());
        return id;
    }

    /** Fixes the test server's clock (test servers run with -Doplys.test.clock=true). */
    static void clockAt(Instant at) throws Exception {
        Answer a = call("PUT", "/api/test/clock", null, "{\"now\":\"" + at + "\"}");
        assertEquals(200, a.status(), a.body());
    }

    /** Puts the test server's clock back to the system clock. */
    static void clockReset() throws Exception {
        assertEquals(204, call("DELETE", "/api/test/clock", null, null).status());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
