package dk.oplys.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dk.oplys.it.Api.Answer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * XML input is never trusted with a DTD: external entities (file or network) and entity expansion
 * are refused by every SOAP operation the server offers (the operations are read from the access
 * matrix, which lists all of them), and the JSON API does not read XML at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XmlSafetyIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    static Answer soap(String path, String xml) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"").build();
        HttpResponse<byte[]> a = Api.HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""),
                new String(a.body(), StandardCharsets.UTF_8), a);
    }

    /** The SOAP rows of the access matrix: endpoint path, and a valid payload for the operation. */
    static List<AccessMatrix.Row> soapOperations() throws Exception {
        List<AccessMatrix.Row> rows = AccessMatrix.load(AccessMatrixIT.TABLE).rows.stream()
                .filter(r -> r.method().equals("SOAP")).toList();
        assertFalse(rows.isEmpty());
        return rows;
    }

    /** The valid payload with its first text value replaced by an entity reference. */
    static String withEntity(String payload, String entity) {
        return payload.replaceFirst("<transactionid>[^<]*</transactionid>", "<transactionid>&" + entity + ";</transactionid>");
    }

    @Test
    void externalEntitiesAreNotResolvedFromFilesOrTheNetwork() throws Exception {
        Path secret = Files.createTempFile("oplys-xxe", ".txt");
        Files.writeString(secret, "XXE-CANARY-7f3a");
        AtomicInteger fetched = new AtomicInteger();
        HttpServer peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.createContext("/", x -> {
            fetched.incrementAndGet();
            byte[] b = "XXE-CANARY-7f3a".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        peer.start();
        try {
            String http = "http://127.0.0.1:" + peer.getAddress().getPort() + "/entity";
            for (AccessMatrix.Row op : soapOperations()) {
                String payload = op.body().substring("soap:".length());
                for (String system : List.of(secret.toUri().toString(), http)) {
                    String xml = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"" + system + "\">]>"
                            + AccessMatrix.envelope(withEntity(payload, "x"));
                    Answer a = soap(op.path(), xml);
                    assertNotEquals(200, a.status(), op.operation() + " accepted a DTD: " + a.body());
                    assertFalse(a.body().contains("XXE-CANARY"), op.operation() + " echoed the entity");
                }
                // Parameter entities and an external DTD.
                Answer dtd = soap(op.path(), "<?xml version=\"1.0\"?><!DOCTYPE e SYSTEM \"" + http + "\">"
                        + AccessMatrix.envelope(payload));
                assertNotEquals(200, dtd.status(), op.operation());
            }
            assertEquals(0, fetched.get(), "the server fetched an external entity or DTD");
        } finally {
            peer.stop(0);
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void entityExpansionIsRefusedQuickly() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE e [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        for (AccessMatrix.Row op : soapOperations()) {
            String payload = op.body().substring("soap:".length());
            long start = System.nanoTime();
            Answer a = soap(op.path(), "<?xml version=\"1.0\"?>" + dtd + AccessMatrix.envelope(withEntity(payload, "a10")));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertNotEquals(200, a.status(), op.operation());
            assertFalse(a.body().contains("lollol"), op.operation());
            assertTrue(millis < 5000, op.operation() + " took " + millis + " ms");
        }
        // Still serving afterwards.
        AccessMatrix.Row first = soapOperations().get(0);
        assertEquals(200, soap(first.path(), AccessMatrix.envelope(first.body().substring(5))).status());
    }

    @Test
    void theJsonApiDoesNotReadXml() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>&x;</p>";
        for (String[] call : List.of(new String[] {"/api/public/courses/1/signups", null},
                new String[] {"/api/participants/cpr-search", "kontor"}, new String[] {"/api/users", "rektor"})) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + call[0]))
                    .POST(HttpRequest.BodyPublishers.ofString(xml)).header("Content-Type", "application/xml");
            if (call[1] != null) {
                b.header("Authorization", AccessMatrix.basic(call[1]));
            }
            HttpResponse<String> a = Api.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, a.statusCode(), call[0] + ": " + a.body());
            assertFalse(a.body().contains("root:"));
        }
    }
}
