package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.core.crypto.CprKeys;
import dk.oplys.it.Api.Answer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CPR key rotation on the running server, as docs/cpr-keys.md tells an operator to do it: add a
 * key (every node loads it, nobody writes with it yet), activate it, re-encrypt, and the numbers
 * still read back right; all without a restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CprKeyRotationIT {

    static final Path KEYS = Path.of(System.getProperty("oplys.test.keys-dir", "target/test-keys"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    static JsonObject status() throws Exception {
        Answer a = call("GET", "/api/operator/cpr-keys", "drift", null);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    static long count(JsonObject status, int key) {
        JsonObject per = status.getJsonObject("valuesPerKey");
        return per.containsKey(Integer.toString(key)) ? per.getJsonNumber(Integer.toString(key)).longValue() : 0;
    }

    @Test
    void onlyTheOperatorSeesKeyStatusAndItHoldsNoPersonalData() throws Exception {
        assertEquals(403, call("GET", "/api/operator/cpr-keys", "rektor", null).status());
        assertEquals(401, call("GET", "/api/operator/cpr-keys", null, null).status());
        String body = call("GET", "/api/operator/cpr-keys", "drift", null).body();
        assertFalse(body.matches(".*\\d{6}-?\\d{4}.*"), body);
        assertEquals(403, call("GET", "/api/participants/1", "drift", null).status(), "no school data for the operator");
    }

    @Test
    void addActivateReencryptWithoutRestartAndCprStillReadsBack() throws Exception {
        String cpr = call("POST", "/api/participants/cpr-search", "bogholder", "{\"cpr\":\"150572-1234\"}").body();
        long id = Api.call("POST", "/api/participants/cpr-search", "bogholder", "{\"cpr\":\"150572-1234\"}").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(cpr.contains("\"id\""), cpr);

        JsonObject before = status();
        int old = before.getInt("currentKeyId");
        assertTrue(count(before, old) > 0, before.toString());

        // 1. Pin the current key, add the next one: loaded everywhere, not yet used for writing.
        CprKeys.activate(KEYS, old);
        int fresh = CprKeys.addEncryptionKey(KEYS);
        JsonObject loaded = call("POST", "/api/operator/cpr-keys/reload", "drift", null).json();
        assertTrue(loaded.getJsonArray("loadedKeyIds").toString().contains(Integer.toString(fresh)), loaded.toString());
        assertEquals(old, loaded.getInt("currentKeyId"));

        // 2. Activate it; 3. re-encrypt what was written under the old key.
        CprKeys.activate(KEYS, fresh);
        assertEquals(fresh, call("POST", "/api/operator/cpr-keys/reload", "drift", null).json().getInt("currentKeyId"));
        assertTrue(call("POST", "/api/operator/cpr-keys/reencrypt", "drift", null).json().getInt("reencrypted") > 0);
        JsonObject after = status();
        assertEquals(0, count(after, old), after.toString());
        assertTrue(count(after, fresh) > 0);

        // The number reads back, and duplicate search (the keyed hash) still finds the person.
        assertEquals("150572-1234", call("GET", "/api/participants/" + id, "bogholder", null).json().getString("cpr"));
        assertEquals(id, call("POST", "/api/participants/cpr-search", "bogholder", "{\"cpr\":\"150572-1234\"}").array()
                .getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, call("POST", "/api/operator/cpr-keys/reencrypt", "drift", null).json().getInt("reencrypted"),
                "a second run finds nothing left");
    }
}
