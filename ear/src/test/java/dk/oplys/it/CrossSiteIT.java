package dk.oplys.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.it.Api.Answer;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery: a browser attaches the logged-in user's credentials to a form post or
 * a text/plain fetch from any site. Such requests change nothing; the same request from this origin
 * (or with the page's X-CSRF-Token, or as JSON) goes through. Also the security headers every
 * answer carries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteIT {

    static final String EVIL = "https://evil.example";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** A write as the browser of a logged-in staff member would send it. */
    static Answer browser(String method, String path, String type, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", AccessMatrix.basic("kontor"));
        if (type != null) {
            b.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> r = Api.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                new String(r.body(), StandardCharsets.UTF_8), r);
    }

    static long booking(long course) throws Exception {
        Answer a = Api.call("POST", "/api/courses/" + course + "/bookings", "kontor", "{\"participant\":"
                + Api.participant("Csrf", Api.unique("csrf") + "@example.dk", null, LocalDate.of(1985, 5, 5))
                + ",\"channel\":\"PHONE\"}");
        assertEquals(201, a.status(), a.body());
        return a.json().getJsonNumber("enrolmentId").longValue();
    }

    static String status(long course, long enrolment) throws Exception {
        return Api.call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("id").longValue() == enrolment)
                .findFirst().orElseThrow().getString("status");
    }

    static void refused(Answer a) {
        assertEquals(403, a.status(), a.body());
        assertEquals("cross-site-request", a.json().getString("code"), a.body());
    }

    @Test
    void aCrossSiteFormPostOrTextPlainPostChangesNothing() throws Exception {
        long course = Api.newOpenCourse(5);
        long enrolment = booking(course);
        String cancel = "/api/enrolments/" + enrolment + "/cancel";
        // A form on another site: the browser sends the Origin (and, in current browsers, Sec-Fetch-Site).
        refused(browser("POST", cancel, "application/x-www-form-urlencoded", "x=1", "Origin", EVIL));
        refused(browser("POST", cancel, "application/x-www-form-urlencoded", "x=1", "Sec-Fetch-Site", "cross-site"));
        refused(browser("POST", cancel, "multipart/form-data; boundary=b", "--b--", "Origin", "null"));
        // An old browser that sends neither: a form or text/plain body with credentials needs proof of origin.
        refused(browser("POST", cancel, "application/x-www-form-urlencoded", "x=1"));
        refused(browser("POST", cancel, "text/plain;charset=UTF-8", "{}"));
        // fetch(no-cors) without a body still carries the Origin.
        refused(browser("POST", cancel, null, null, "Origin", EVIL));
        // JSON from another site would need a CORS preflight, which is never granted; even so:
        refused(browser("POST", cancel, "application/json", "{}", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
        refused(browser("POST", cancel, "application/json", "{}", "Sec-Fetch-Site", "same-site"));
        assertEquals("CONFIRMED", status(course, enrolment), "nothing changed");

        String json = "{\"username\":\"" + Api.unique("csrf") + "\",\"fullName\":\"C\",\"role\":\"teacher\","
                + "\"password\":\"correct horse battery\"}";
        refused(browser("POST", "/api/users", "text/plain", json));
        refused(browser("PUT", "/api/participants/1", "text/plain", "{}", "Origin", EVIL));
        refused(browser("POST", "/api/courses/" + course + "/status", "text/plain", "{\"status\":\"CANCELLED\"}"));
        assertEquals("OPEN", Api.call("GET", "/api/courses/" + course, "kontor", null).json().getString("status"));
    }

    @Test
    void theSameWriteFromThisOriginGoesThrough() throws Exception {
        long course = Api.newOpenCourse(5);
        URI base = URI.create(Api.BASE);
        String origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        long first = booking(course);
        Answer own = browser("POST", "/api/enrolments/" + first + "/cancel", null, null, "Origin", origin,
                "Sec-Fetch-Site", "same-origin");
        assertEquals(200, own.status(), own.body());
        assertEquals("CANCELLED", status(course, first));
        // A page with its session token (pages, issue 8) may post a form type; the filter lets it pass.
        long second = booking(course);
        Answer token = browser("POST", "/api/enrolments/" + second + "/cancel", "application/x-www-form-urlencoded", "",
                "X-CSRF-Token", "from-the-page");
        // (the filter lets it pass; the page session, once it exists, judges the token's value itself)
        assertTrue(token.status() != 403 || !token.body().contains("cross-site-request"), token.body());
        // API clients (curl, scripts) send JSON or no body and no Origin.
        long third = booking(course);
        assertEquals(200, Api.call("POST", "/api/enrolments/" + third + "/cancel", "kontor", null).status());
        // Public writes without credentials are not cross-site forgeries (nobody's session is used).
        Answer anonymous = Api.call("POST", "/api/public/courses/" + course + "/signups", null,
                Api.person("Offentlig", Api.unique("pub") + "@example.dk", null, LocalDate.of(1990, 1, 1)));
        assertEquals(201, anonymous.status(), anonymous.body());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (Answer a : List.of(Api.call("GET", "/index.html", null, null),
                Api.call("GET", "/api/public/courses", null, null))) {
            assertTrue(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("DENY", a.header("X-Frame-Options"));
        }
        for (Answer a : List.of(Api.call("GET", "/api/courses", "kontor", null),
                Api.call("GET", "/api/participants/1", "kontor", null),
                Api.call("GET", "/api/courses/999999", "kontor", null))) {
            String csp = a.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), csp);
            assertEquals("DENY", a.header("X-Frame-Options"));
            assertEquals("nosniff", a.header("X-Content-Type-Options"));
            assertEquals("no-referrer", a.header("Referrer-Policy"));
            assertTrue(a.header("Cache-Control").contains("no-store"), "personal data is never cached");
            assertNull(a.header("Access-Control-Allow-Origin"), "no CORS");
        }
        Answer preflight = browserPreflight();
        assertNull(preflight.header("Access-Control-Allow-Origin"), "a cross-site JSON write gets no preflight grant");
    }

    static Answer browserPreflight() throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/users"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", EVIL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();
        HttpResponse<byte[]> resp = Api.HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(resp.statusCode(), "", "", resp);
    }
}
