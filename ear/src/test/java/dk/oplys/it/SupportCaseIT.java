package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.it.Api.Answer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator reaches one person's data only through a case the school opened, and the school sees each read. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportCaseIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    static long participant(String user, String cpr) throws Exception {
        return call("POST", "/api/participants/cpr-search", user, "{\"cpr\":\"" + cpr + "\"}").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void operatorSeesOnlyTheCasePersonOnlyWhileOpenAndTheSchoolSeesTheReads() throws Exception {
        long anna = participant("rektor", "150572-1234");
        assertEquals(403, call("GET", "/api/participants/" + anna, "drift", null).status());

        String body = "{\"participantId\":" + anna + ",\"reason\":\"Kan ikke logge ind\",\"endsAt\":\""
                + Instant.now().plus(2, ChronoUnit.DAYS) + "\"}";
        assertEquals(403, call("POST", "/api/support-cases", "kontor", body).status(), "only the school admin opens");
        Answer opened = call("POST", "/api/support-cases", "rektor", body);
        assertEquals(201, opened.status(), opened.body());
        long caseId = opened.json().getJsonNumber("id").longValue();

        assertTrue(call("GET", "/api/operator/support-cases", "drift", null).body().contains("\"id\":" + caseId + ","));
        Answer person = call("GET", "/api/operator/support-cases/" + caseId + "/person", "drift", null);
        assertEquals(200, person.status(), person.body());
        assertEquals("Anna", person.json().getString("firstName"));
        assertTrue(person.json().getBoolean("hasCpr"));
        assertFalse(person.body().contains("1505721234") || person.body().contains("150572-1234"), person.body());
        assertFalse(person.body().contains("Bredgade"), "no address for support");

        Answer reads = call("GET", "/api/support-cases/" + caseId + "/accesses", "rektor", null);
        assertTrue(reads.body().contains("\"actor\":\"drift\""), reads.body());
        assertEquals(404, call("GET", "/api/support-cases/" + caseId + "/accesses", "rektor-b", null).status());

        assertEquals(200, call("POST", "/api/support-cases/" + caseId + "/close", "rektor", null).status());
        assertEquals(404, call("GET", "/api/operator/support-cases/" + caseId + "/person", "drift", null).status());
    }

    @Test
    void aCaseCannotOutliveFourteenDaysOrNameAnotherSchoolsPerson() throws Exception {
        long anna = participant("rektor", "150572-1234");
        Answer tooLong = call("POST", "/api/support-cases", "rektor", "{\"participantId\":" + anna
                + ",\"reason\":\"x\",\"endsAt\":\"" + Instant.now().plus(30, ChronoUnit.DAYS) + "\"}");
        assertEquals(400, tooLong.status(), tooLong.body());
        Answer otherSchool = call("POST", "/api/support-cases", "rektor-b", "{\"participantId\":" + anna
                + ",\"reason\":\"x\",\"endsAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        assertEquals(404, otherSchool.status(), otherSchool.body());
    }
}
