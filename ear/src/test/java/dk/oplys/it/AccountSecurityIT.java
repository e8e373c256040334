package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.oplys.it.Api.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts: created by the school admin, hashed, throttled after repeated failures, deactivated. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    static int login(String user, String password) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/me")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
        return Api.HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String newUser(String name, String role) throws Exception {
        String username = Api.unique(name).toLowerCase();
        Answer a = call("POST", "/api/users", "rektor", "{\"username\":\"" + username + "\",\"fullName\":\"Test Person\","
                + "\"role\":\"" + role + "\",\"password\":\"correct horse battery\"}");
        assertEquals(201, a.status(), a.body());
        assertFalse(a.body().contains("correct horse") || a.body().contains("$2"), "no password or hash in the answer");
        return username;
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String user = newUser("locked", "course-staff");
        assertEquals(200, login(user, "correct horse battery"));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(user, "wrong guess " + i));
        }
        assertEquals(401, login(user, "correct horse battery"), "locked for the lockout interval");
        assertEquals(200, login("kontor", "oplys-demo"), "other accounts are not affected");
    }

    @Test
    void onlyTheSchoolAdminCreatesAccountsOnlyForTheOwnSchoolAndOnlySchoolRoles() throws Exception {
        String body = "{\"username\":\"" + Api.unique("x") + "\",\"fullName\":\"X\",\"role\":\"course-staff\","
                + "\"password\":\"correct horse battery\"}";
        assertEquals(403, call("POST", "/api/users", "kontor", body).status());
        Answer operator = call("POST", "/api/users", "rektor", body.replace("course-staff", "operator"));
        assertEquals(400, operator.status(), operator.body());
        Answer shortPassword = call("POST", "/api/users", "rektor", body.replace("correct horse battery", "short"));
        assertEquals(400, shortPassword.status());
        Answer schoolField = call("POST", "/api/users", "rektor", body.replace("\"fullName\"", "\"schoolId\":2,\"fullName\""));
        assertEquals(400, schoolField.status(), "a school cannot be chosen: " + schoolField.body());
        String user = newUser("gone", "teacher");
        assertFalse(call("GET", "/api/users", "rektor-b", null).body().contains(user));
        assertEquals(409, call("POST", "/api/users", "rektor", "{\"username\":\"" + user + "\",\"fullName\":\"Y\","
                + "\"role\":\"teacher\",\"password\":\"correct horse battery\"}").status());
    }

    @Test
    void aDeactivatedAccountCannotLogIn() throws Exception {
        String user = newUser("leaver", "teacher");
        assertEquals(200, login(user, "correct horse battery"));
        long id = call("GET", "/api/users", "rektor", null).array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("username").equals(user)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(404, call("POST", "/api/users/" + id + "/deactivate", "rektor-b", null).status());
        assertEquals(200, call("POST", "/api/users/" + id + "/deactivate", "rektor", null).status());
        assertEquals(401, login(user, "correct horse battery"));
    }
}
