package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.oplys.integration.testing.PdfAValidator;
import dk.oplys.it.Api.Answer;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data-subject rights over HTTP: the participant proves control of the e-mail address with a
 * one-time link and then sees, exports, objects and erases their own data; staff register requests
 * made by phone or letter, see what is due, answer, export and erase.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataSubjectRightsIT {

    static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("oplys.test.smtp.port", 18125), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    record Person(long id, String email) {
    }

    static Person book(long course, String first, boolean newsletter) throws Exception {
        String email = Api.unique(first.toLowerCase()) + "@example.dk";
        String body = "{\"participant\":" + Api.participant(first, email, null, LocalDate.of(1980, 6, 7))
                + ",\"channel\":\"PHONE\",\"consentForm\":\"ORAL_PHONE\""
                + (newsletter ? ",\"consents\":[{\"purpose\":\"NEWSLETTER\",\"textVersion\":\"v1\"}]" : "") + "}";
        Answer a = call("POST", "/api/courses/" + course + "/bookings", "kontor", body);
        assertEquals(201, a.status(), a.body());
        long enrolment = a.json().getJsonNumber("enrolmentId").longValue();
        long id = call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getJsonNumber("id").longValue() == enrolment)
                .findFirst().orElseThrow().getJsonNumber("participantId").longValue();
        return new Person(id, email);
    }

    static String linkToken(String address) throws Exception {
        return ParticipantLink.token(smtp, address);
    }

    /** Asks for a link, uses it, and answers the session cookie ("oplys_me=..."). */
    static String login(Person p) throws Exception {
        return ParticipantLink.open(smtp, p.email());
    }

    static Answer me(String method, String path, String cookie, String body) throws Exception {
        return call(method, "/api/public/me" + path, null, body, "Cookie", cookie);
    }

    @Test
    void theParticipantSeesExportsObjectsAndErasesOwnDataAfterProvingTheAddress() throws Exception {
        long course = Api.newOpenCourse(10);
        Person p = book(course, "Signe", true);
        Person other = book(course, "Bo", false);
        assertEquals(200, call("GET", "/api/participants/" + p.id(), "kontor", null).status()); // a staff look-up

        // Unknown and known addresses get the same answer.
        Answer unknown = call("POST", "/api/public/me/login-link", null, "{\"email\":\"nobody-" + p.email() + "\"}");
        Answer known = call("POST", "/api/public/me/login-link", null, "{\"email\":\"" + p.email() + "\"}");
        assertEquals(unknown.status(), known.status());
        assertEquals(unknown.body(), known.body());
        assertEquals(400, call("POST", "/api/public/me/login-link", null, "{\"email\":\"not an address\"}").status());

        String cookie = login(p);
        assertEquals(403, call("GET", "/api/public/me", null, null).status(), "no cookie, no data");
        assertEquals(403, me("GET", "", "oplys_me=forged", null).status());

        Answer mine = me("GET", "", cookie, null);
        assertEquals(200, mine.status(), mine.body());
        JsonObject data = mine.json();
        assertEquals("Signe", data.getJsonObject("person").getString("firstName"));
        assertFalse(mine.body().contains("\"Bo\""), "only the own data");
        assertEquals(1, data.getJsonArray("enrolments").size());
        assertEquals(1, data.getJsonArray("invoices").size());
        assertEquals("NEWSLETTER", data.getJsonArray("consents").getJsonObject(0).getString("purpose"));
        assertTrue(data.getJsonArray("staffLookups").size() >= 1, mine.body());
        assertFalse(mine.body().contains("kontor"), "look-ups without the staff member's identity");
        assertNotNull(data.getJsonObject("retention").getString("keptUntil"));

        Answer json = me("GET", "/export.json", cookie, null);
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Disposition").contains("attachment"));
        Answer pdf = me("GET", "/export.pdf", cookie, null);
        assertEquals(200, pdf.status(), pdf.body());
        assertEquals(List.of(), PdfAValidator.failures(pdf.bytes()));
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Signe") && text.contains("Videregivelser") && text.contains("Samtykker"), text);
        }

        Answer objection = me("POST", "/objection", cookie, null);
        assertEquals(200, objection.status(), objection.body());
        assertTrue(call("GET", "/api/participants/" + p.id() + "/consents", "kontor", null).array().getJsonObject(0)
                .containsKey("withdrawnAt"));

        // The register shows the online requests, answered.
        String register = call("GET", "/api/data-subject-requests?state=ALL", "kontor", null).body();
        for (String kind : new String[] {"PORTABILITY", "ACCESS", "OBJECTION"}) {
            assertTrue(register.contains("\"kind\":\"" + kind + "\""), register);
        }

        // Erasure of a person with an invoice and a course to come: the rest stays, with reason and date.
        Answer erased = me("POST", "/erasure", cookie, null);
        assertEquals(200, erased.status(), erased.body());
        JsonObject answer = erased.json();
        assertEquals("PARTIAL", answer.getString("outcome"));
        assertFalse(answer.getBoolean("personErased"));
        assertTrue(answer.getJsonArray("kept").getValuesAs(JsonObject.class).stream()
                .anyMatch(k -> k.getString("what").startsWith("Fakturaer") && k.containsKey("until")), erased.body());
        assertTrue(erased.header("Set-Cookie").contains("Max-Age=0"));
        assertEquals(403, me("GET", "", cookie, null).status(), "the session ended");
        assertEquals(200, call("GET", "/api/participants/" + p.id(), "kontor", null).status());

        String again = login(p);
        assertEquals(204, me("POST", "/logout", again, null).status());
        assertEquals(403, me("GET", "", again, null).status());
        assertEquals(200, call("GET", "/api/participants/" + other.id(), "kontor", null).status());
    }

    @Test
    void staffRegisterRequestsSeeDeadlinesAnswerExportAndErase() throws Exception {
        LocalDate today = LocalDate.now();
        long course = Api.newOpenCourse(1);
        Person seated = book(course, "Karen", false);
        Person waiting = book(course, "Lone", false);

        String phone = "{\"participantId\":" + seated.id() + ",\"kind\":\"ACCESS\",\"channel\":\"PHONE\",\"receivedOn\":\"%s\"}";
        assertEquals(403, call("POST", "/api/data-subject-requests", "laerer", String.format(phone, today)).status());
        assertEquals(400, call("POST", "/api/data-subject-requests", "kontor",
                "{\"kind\":\"GOSSIP\",\"channel\":\"PHONE\"}").status());
        Answer old = call("POST", "/api/data-subject-requests", "kontor", String.format(phone, today.minusDays(40)));
        assertEquals(201, old.status(), old.body());
        assertEquals(today.minusDays(40).plusMonths(1).toString(), old.json().getString("deadline"));
        assertEquals("OVERDUE", old.json().getString("state"));
        long oldId = old.json().getJsonNumber("id").longValue();
        Answer soon = call("POST", "/api/data-subject-requests", "kontor", String.format(phone, today.minusDays(27)));
        assertEquals("DUE", soon.json().getString("state"), soon.body());
        Answer fresh = call("POST", "/api/data-subject-requests", "kontor", String.format(phone, today));
        assertEquals("OPEN", fresh.json().getString("state"), fresh.body());

        String overdue = call("GET", "/api/data-subject-requests?state=OVERDUE", "kontor", null).body();
        assertTrue(overdue.contains("\"id\":" + oldId + ","), overdue);
        String due = call("GET", "/api/data-subject-requests?state=DUE", "kontor", null).body();
        assertTrue(due.contains("\"id\":" + oldId + ",") && due.contains("\"id\":" + soon.json().getJsonNumber("id") + ","));
        assertEquals(404, call("GET", "/api/data-subject-requests/" + oldId, "kontor-b", null).status());

        Answer pdf = call("GET", "/api/data-subject-requests/" + oldId + "/export.pdf", "kontor", null);
        assertEquals(200, pdf.status(), pdf.body());
        assertEquals(List.of(), PdfAValidator.failures(pdf.bytes()));
        Answer json = call("GET", "/api/data-subject-requests/" + oldId + "/export.json", "kontor", null);
        assertEquals("Karen", json.json().getJsonObject("person").getString("firstName"));

        String answer = "{\"outcome\":\"GRANTED\",\"answer\":\"Indsigt sendt med posten\"}";
        Answer answered = call("POST", "/api/data-subject-requests/" + oldId + "/answer", "kontor", answer);
        assertEquals(200, answered.status(), answered.body());
        assertEquals("ANSWERED", answered.json().getString("state"));
        Answer twice = call("POST", "/api/data-subject-requests/" + oldId + "/answer", "kontor", answer);
        assertEquals(409, twice.status());
        assertTrue(twice.body().contains("dsr-already-answered"));

        // A letter asking for erasure from someone only on the waiting list: nothing must stay.
        Answer letter = call("POST", "/api/data-subject-requests", "kontor", "{\"participantId\":" + waiting.id()
                + ",\"kind\":\"ERASURE\",\"channel\":\"LETTER\",\"details\":\"Brev af 1. december\"}");
        long letterId = letter.json().getJsonNumber("id").longValue();
        assertEquals(403, call("POST", "/api/data-subject-requests/" + letterId + "/erasure", "kontor", null).status());
        assertEquals(200, call("POST", "/api/test/retention/snapshot/" + waiting.id(), null, null).status()); // "the backup"
        Answer erased = call("POST", "/api/data-subject-requests/" + letterId + "/erasure", "rektor", null);
        assertEquals(200, erased.status(), erased.body());
        assertEquals("GRANTED", erased.json().getString("outcome"));
        assertTrue(erased.json().getBoolean("personErased"));
        assertEquals(404, call("GET", "/api/participants/" + waiting.id(), "kontor", null).status());
        Answer residue = call("GET", "/api/test/retention/residue?participant=" + waiting.id(), null, null);
        assertEquals("{}", residue.body());
        JsonObject kept = call("GET", "/api/data-subject-requests/" + letterId, "kontor", null).json();
        assertEquals("ANSWERED", kept.getString("state"));
        assertFalse(kept.containsKey("participantId") && !kept.isNull("participantId"), "the register forgets who");
        assertEquals(200, call("GET", "/api/participants/" + seated.id(), "kontor", null).status());

        // A backup from before the erasure is restored: the journal (ids and rules only) erases the person again.
        assertEquals(200, call("POST", "/api/test/retention/restore/" + waiting.id(), null, null).status());
        assertEquals(200, call("GET", "/api/participants/" + waiting.id(), "kontor", null).status(), "back from the backup");
        Answer run = call("POST", "/api/retention/run", "rektor", "{}");
        assertEquals(200, run.status(), run.body());
        assertTrue(run.body().contains("{\"action\":\"DELETE\",\"dataKind\":\"JOURNAL_REPLAY\",\"rows\":1}"), run.body());
        assertEquals(404, call("GET", "/api/participants/" + waiting.id(), "kontor", null).status());
    }

    @Test
    void theNewsletterGoesOnlyToThoseWhoSaidYesAndItsLinkUnsubscribes() throws Exception {
        long course = Api.newOpenCourse(10);
        Person yes = book(course, "Nanna", true);
        Person no = book(course, "Ole", false);
        assertEquals(403, call("POST", "/api/newsletters", "bogholder", "{\"subject\":\"Nyt\",\"text\":\"Hej\"}").status());
        Answer sent = call("POST", "/api/newsletters", "kontor", "{\"subject\":\"Forårets kurser\",\"text\":\"Se kataloget.\"}");
        assertEquals(200, sent.status(), sent.body());

        Pattern link = Pattern.compile("/api/public/newsletter/unsubscribe\\?token=([A-Za-z0-9_-]+)");
        String token = null;
        long deadline = System.currentTimeMillis() + 20_000;
        while (token == null && System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                String to = m.getAllRecipients()[0].toString();
                if (m.getSubject().equals("Forårets kurser")) {
                    assertFalse(to.equals(no.email()), "no consent, no newsletter");
                    if (to.equals(yes.email())) {
                        Matcher found = link.matcher(((Multipart) m.getContent()).getBodyPart(0).getContent().toString());
                        assertTrue(found.find());
                        token = found.group(1);
                    }
                }
            }
            Thread.sleep(200);
        }
        assertNotNull(token, "the newsletter reached the subscriber with a link");

        Answer page = call("GET", "/api/public/newsletter/unsubscribe?token=" + token, null, null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<form method=\"post\""), "a GET changes nothing");
        assertFalse(call("GET", "/api/participants/" + yes.id() + "/consents", "kontor", null).array().getJsonObject(0)
                .containsKey("withdrawnAt"));
        Answer done = Api.call("POST", "/api/public/newsletter/unsubscribe", null, null,
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(404, done.status(), "no token");
        java.net.http.HttpResponse<String> ok = Api.HTTP.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.BASE + "/api/public/newsletter/unsubscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=" + token)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(call("GET", "/api/participants/" + yes.id() + "/consents", "kontor", null).array().getJsonObject(0)
                .containsKey("withdrawnAt"));
    }
}
