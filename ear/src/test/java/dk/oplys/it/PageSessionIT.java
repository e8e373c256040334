package dk.oplys.it;

import static dk.oplys.it.Api.newOpenCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
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
 * The staff pages' browser session over plain HTTP: login by form to an HttpOnly, SameSite=Strict
 * cookie with a new session id each time, the session authenticating the API, writes refused
 * without the CSRF token, logout, and failed logins answered as problem+json without a Basic challenge.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageSessionIT {

    private static final String ORIGIN = URI.create(Api.BASE).resolve("/").toString().replaceAll("/$", "");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    record Login(String cookie, String token, HttpResponse<String> raw) {
    }

    private static HttpResponse<String> send(String method, String path, String cookie, String contentType, String body,
                                             String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .setHeader("Origin", ORIGIN).setHeader("Accept", "application/json");
        if (contentType != null) {
            b.setHeader("Content-Type", contentType);
        }
        if (cookie != null) {
            b.setHeader("Cookie", cookie);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return Api.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Login login(String user, String password, String cookie) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = send("POST", "/api/public/session", cookie, "application/x-www-form-urlencoded", form);
        String setCookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .reduce((a, b) -> b).orElse(null);
        String token = r.statusCode() == 200 ? json(r).getString("csrfToken") : null;
        return new Login(setCookie == null ? null : setCookie.split(";")[0], token, r);
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    @Test
    void loginStartsANewHttpOnlySameSiteSessionEachTime() throws Exception {
        assertFalse(json(send("GET", "/api/public/session", null, null, null)).getBoolean("authenticated"));
        Login first = login("kontor", "oplys-demo", null);
        assertEquals(200, first.raw().statusCode(), first.raw().body());
        String setCookie = first.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).reduce((a, b) -> b).orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP: no Secure flag, else the browser drops it: " + setCookie);
        assertTrue(first.token().length() >= 40);
        assertEquals("no-store", first.raw().headers().firstValue("Cache-Control").orElse(null));

        JsonObject me = json(send("GET", "/api/public/session", first.cookie(), null, null));
        assertTrue(me.getBoolean("authenticated"));
        assertEquals("kontor", me.getString("username"));
        assertEquals(first.token(), me.getString("csrfToken"));
        assertTrue(me.getJsonArray("roles").getString(0).equals("course-staff"));

        Login second = login("kontor", "oplys-demo", first.cookie());
        assertNotNull(second.cookie());
        assertNotEquals(first.cookie(), second.cookie(), "a login always gets a new session id");
        assertNotEquals(first.token(), second.token());
        assertFalse(json(send("GET", "/api/public/session", first.cookie(), null, null)).getBoolean("authenticated"),
                "the session from before the login is gone");
    }

    @Test
    void theSessionAuthenticatesTheApiAndWritesNeedTheToken() throws Exception {
        long course = newOpenCourse(5);
        Login s = login("kontor", "oplys-demo", null);
        assertEquals(200, send("GET", "/api/courses", s.cookie(), null, null).statusCode());
        String booking = "{\"participant\":" + Api.participant("Sesse", "sesse-" + course + "@example.dk", null,
                LocalDate.of(1977, 7, 7)) + ",\"channel\":\"PHONE\",\"consentForm\":\"ORAL_PHONE\"}";
        HttpResponse<String> noToken = send("POST", "/api/courses/" + course + "/bookings", s.cookie(),
                "application/json", booking);
        assertEquals(403, noToken.statusCode(), noToken.body());
        assertTrue(noToken.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("csrf-token-missing", json(noToken).getString("code"));
        assertEquals(403, send("POST", "/api/courses/" + course + "/bookings", s.cookie(), "application/json", booking,
                "X-CSRF-Token", "wrong-" + s.token()).statusCode());
        HttpResponse<String> ok = send("POST", "/api/courses/" + course + "/bookings", s.cookie(), "application/json",
                booking, "X-CSRF-Token", s.token());
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(1, Api.call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().size(),
                "refused writes wrote nothing");
    }

    @Test
    void logoutNeedsTheTokenAndEndsTheSession() throws Exception {
        Login s = login("bogholder", "oplys-demo", null);
        assertEquals(403, send("DELETE", "/api/public/session", s.cookie(), null, null).statusCode());
        assertEquals(200, send("GET", "/api/invoices", s.cookie(), null, null).statusCode());
        assertEquals(204, send("DELETE", "/api/public/session", s.cookie(), null, null, "X-CSRF-Token", s.token())
                .statusCode());
        assertEquals(401, send("GET", "/api/invoices", s.cookie(), null, null).statusCode());
        assertFalse(json(send("GET", "/api/public/session", s.cookie(), null, null)).getBoolean("authenticated"));
    }

    @Test
    void aWrongPasswordIsAProblemWithoutABasicChallenge() throws Exception {
        for (String[] bad : List.of(new String[] {"laerer-b", "wrong"}, new String[] {"nobody-" + System.nanoTime(), "x"},
                new String[] {"", ""})) {
            Login l = login(bad[0], bad[1], null);
            assertEquals(401, l.raw().statusCode(), l.raw().body());
            assertTrue(l.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals("login-failed", json(l.raw()).getString("code"));
            assertNull(l.raw().headers().firstValue("WWW-Authenticate").orElse(null));
            assertFalse(l.raw().body().contains(bad[0].isEmpty() ? "\"\"x" : bad[0]), "the user name is not echoed");
        }
    }

    @Test
    void apiClientsWithBasicCredentialsNeedNoToken() throws Exception {
        long course = newOpenCourse(5);
        Api.Answer a = Api.call("POST", "/api/courses/" + course + "/bookings", "kontor", "{\"participant\":"
                + Api.participant("Basse", "basse-" + course + "@example.dk", null, LocalDate.of(1966, 6, 6))
                + ",\"channel\":\"PHONE\"}");
        assertEquals(201, a.status(), a.body());
    }
}
