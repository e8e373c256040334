package dk.oplys.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every operation the server offers × every role, asserted over real HTTP against the table in
 * {@code access-matrix.tsv}. The list of operations comes from the running server itself: REST from
 * its OpenAPI document, SOAP from the WSDLs of the web service endpoints it has deployed; pages are
 * the HTML files of the deployed web module. An
 * operation missing from the table, or a table line for an operation that no longer exists, fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    static final String TABLE = "access-matrix.tsv";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static AccessMatrix matrix;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void read() throws Exception {
        matrix = AccessMatrix.load(TABLE);
    }

    /**
     * The participant's column: a person signs up for a fresh course, asks for a one-time link, and
     * the link (read from the test mail server) opens the session whose cookie the cells send.
     */
    @BeforeAll
    static void participantSession() throws Exception {
        AccessMatrix.Login login = matrix.logins.get("participant");
        if (login == null || !login.link()) {
            return;
        }
        long course = Api.newOpenCourse(5);
        String email = Api.unique("matrix") + "@example.dk";
        Api.Answer signedUp = Api.call("POST", "/api/public/courses/" + course + "/signups", null,
                Api.person("Matrix", email, null, java.time.LocalDate.of(1975, 3, 4)), "Idempotency-Key",
                Api.unique("matrix-key"));
        assertEquals(201, signedUp.status(), signedUp.body());
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(Integer.getInteger("oplys.test.smtp.port", 18125),
                        "127.0.0.1", "smtp"));
        smtp.start();
        try {
            matrix.participantCookie = ParticipantLink.open(smtp, email);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void theTableListsExactlyTheOperationsTheServerOffers() throws Exception {
        Set<String> offered = new TreeSet<>(restOperations());
        offered.addAll(soapOperations());
        offered.addAll(pages());
        Set<String> listed = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        for (AccessMatrix.Row row : matrix.rows) {
            // A page may have several lines (e.g. "/" and "/index.html"); an operation only one.
            if (!listed.add(row.operation()) && !row.method().equals("PAGE")) {
                duplicates.add("line " + row.line() + ": " + row.operation());
            }
        }
        Set<String> missing = new TreeSet<>(offered);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(offered);
        List<String> problems = new ArrayList<>();
        missing.forEach(o -> problems.add("not in " + TABLE + ": " + o));
        stale.forEach(o -> problems.add("in " + TABLE + " but not offered by the server: " + o));
        duplicates.forEach(d -> problems.add("listed twice: " + d));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\n(see docs/security.md, 'Adding an endpoint to the access matrix')");
        }
        assertTrue(offered.size() > 40, "discovery found only " + offered);
    }

    @Test
    void everyRoleGetsWhatTheTableSays() throws Exception {
        List<AccessMatrix.Mismatch> mismatches = new ArrayList<>();
        List<AccessMatrix.Row> sessionEnders = new ArrayList<>();
        int tried = 0;
        for (AccessMatrix.Row row : matrix.rows) {
            for (String role : matrix.assertedRoles()) {
                if (role.equals("participant") && AccessMatrix.ENDS_SESSION.contains(row.operation())) {
                    sessionEnders.add(row);
                    continue;
                }
                AccessMatrix.Mismatch m = matrix.check(row, role);
                tried++;
                if (m != null) {
                    mismatches.add(m);
                }
            }
        }
        for (AccessMatrix.Row row : sessionEnders) {
            AccessMatrix.Mismatch m = matrix.check(row, "participant");
            tried++;
            if (m != null) {
                mismatches.add(m);
            }
        }
        Api.clockReset();
        System.out.printf("access matrix: %d operations x %d roles listed (%d role columns asserted, %d requests)%n",
                matrix.rows.size(), matrix.roles.size(), matrix.assertedRoles().size(), tried);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " cells differ from " + TABLE + ":\n"
                    + String.join("\n", mismatches.stream().map(Object::toString).toList()));
        }
    }

    @Test
    void everyLoginOfTheTableWorks() throws Exception {
        for (AccessMatrix.Login login : matrix.logins.values()) {
            if (login.skipped() || login.link()) {
                continue; // the one-time-link session is opened (and its cookie checked) before the cells run
            }
            HttpRequest r = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/public/courses"))
                    .header("Authorization", AccessMatrix.basic(login.user())).build();
            assertEquals(200, Api.HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "the demo login of " + login.role() + " (" + login.user() + ") is refused");
        }
    }

    /** "GET /api/courses/{id}" for every path and method of the server's OpenAPI document. */
    static Set<String> restOperations() throws Exception {
        URI base = URI.create(Api.BASE);
        Api.Answer doc = Api.call("GET", AccessMatrix.origin() + "/openapi?format=JSON", null, null);
        assertEquals(200, doc.status(), "the server's /openapi document");
        Set<String> ops = new TreeSet<>();
        JsonObject paths = doc.json().getJsonObject("paths");
        for (String path : paths.keySet()) {
            // Paths in the document carry the context root (/oplys); the table lists them without it.
            String local = path.startsWith(base.getPath() + "/") ? path.substring(base.getPath().length()) : path;
            for (String method : paths.getJsonObject(path).keySet()) {
                if (HTTP_METHODS.contains(method)) {
                    ops.add(method.toUpperCase(Locale.ROOT) + " " + local);
                }
            }
        }
        return ops;
    }

    /** "PAGE /signup.html" for every HTML page the web module of the deployed EAR holds. */
    static Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        WebArchive war = Api.ear().getAsType(WebArchive.class, "oplys-web.war");
        for (ArchivePath path : war.getContent().keySet()) {
            String name = path.get();
            if (name.endsWith(".html") && !name.startsWith("/WEB-INF/") && !name.startsWith("/META-INF/")) {
                pages.add("PAGE " + name);
            }
        }
        return pages;
    }

    /** "SOAP /dev/epay-simulator/soap#capture" for every operation of every deployed JAX-WS endpoint. */
    Set<String> soapOperations() throws Exception {
        Set<String> ops = new TreeSet<>();
        for (String wsdl : wsdlUrls()) {
            URI uri = URI.create(wsdl);
            String path = uri.getPath().substring(URI.create(Api.BASE).getPath().length());
            // Fetched from the address the tests use (the server may report its own host name).
            Api.Answer answer = Api.call("GET", Api.BASE + path + "?wsdl", null, null);
            assertEquals(200, answer.status(), "WSDL of " + path);
            for (String operation : operationsOf(answer.bytes())) {
                ops.add("SOAP " + path + "#" + operation);
            }
        }
        return ops;
    }

    private List<String> wsdlUrls() throws Exception {
        List<String> urls = new ArrayList<>();
        for (boolean inEar : new boolean[] {true, false}) {
            ModelNode op = new ModelNode();
            op.get("operation").set("read-resource");
            op.get("include-runtime").set(true);
            ModelNode address = op.get("address");
            address.add("deployment", "*");
            if (inEar) {
                address.add("subdeployment", "*");
            }
            address.add("subsystem", "webservices").add("endpoint", "*");
            ModelNode result = management.getControllerClient().execute(op);
            if (!"success".equals(result.get("outcome").asString())) {
                continue;
            }
            for (ModelNode endpoint : result.get("result").asList()) {
                ModelNode url = endpoint.get("result", "wsdl-url");
                if (url.isDefined()) {
                    urls.add(url.asString());
                }
            }
        }
        return urls;
    }

    static List<String> operationsOf(byte[] wsdl) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(wsdl));
        String ns = "http://schemas.xmlsoap.org/wsdl/";
        List<String> names = new ArrayList<>();
        NodeList portTypes = d.getElementsByTagNameNS(ns, "portType");
        for (int i = 0; i < portTypes.getLength(); i++) {
            NodeList ops = ((Element) portTypes.item(i)).getElementsByTagNameNS(ns, "operation");
            for (int j = 0; j < ops.getLength(); j++) {
                names.add(((Element) ops.item(j)).getAttribute("name"));
            }
        }
        return names;
    }
}
