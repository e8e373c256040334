package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.oplys.it.Api.Answer;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant's own page in headless Chromium: asking for the one-time link, reading it from
 * the mail (the test SMTP peer), opening it, seeing enrolments, invoices and consents, withdrawing a
 * consent, cancelling an enrolment, filing an access request and a correction, each checked through
 * the staff API; axe-core with zero violations on each state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantPageIT {

    private static GreenMail smtp;
    private static Browser b;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("oplys.test.smtp.port", 18125), "127.0.0.1", "smtp"));
        smtp.start();
        b = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (b != null) {
                b.close();
            }
        } finally {
            smtp.stop();
        }
    }

    private static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(b.driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
    }

    private static void until(String id, String text) {
        waiting().until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    /** The link in the newest login mail to this address. */
    private static String mailedLink(String address) throws Exception {
        Pattern link = Pattern.compile("(http\\S+/me\\.html#token=[A-Za-z0-9_-]+)");
        for (int i = 0; i < 100; i++) {
            MimeMessage[] all = smtp.getReceivedMessages();
            for (int j = all.length - 1; j >= 0; j--) {
                if (all[j].getAllRecipients()[0].toString().equals(address)) {
                    Matcher found = link.matcher(((Multipart) all[j].getContent()).getBodyPart(0).getContent().toString());
                    if (found.find()) {
                        return found.group(1);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no login link reached the address");
    }

    /** Null fields are left out of the JSON. */
    private static boolean has(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key);
    }

    private static JsonObject request(long participantId, String kind) throws Exception {
        Answer all = call("GET", "/api/data-subject-requests?state=ALL", "kontor", null);
        assertEquals(200, all.status(), all.body());
        return all.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> has(r, "participantId") && r.getJsonNumber("participantId").longValue() == participantId
                        && r.getString("kind").equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " request of the person: " + all.body()));
    }

    @Test
    void theParticipantOpensTheMailedLinkSeesEnrolmentsAndUsesTheirRights() throws Exception {
        long course = Api.newOpenCourse(10);
        long other = Api.newOpenCourse(10);
        DataSubjectRightsIT.Person p = DataSubjectRightsIT.book(course, "Signe", true);
        Answer second = call("POST", "/api/courses/" + other + "/bookings", "kontor",
                "{\"participantId\":" + p.id() + ",\"channel\":\"PHONE\",\"consentForm\":\"ORAL_PHONE\"}");
        assertEquals(201, second.status(), second.body());
        long otherEnrolment = second.json().getJsonNumber("enrolmentId").longValue();
        String title = call("GET", "/api/courses/" + course, "kontor", null).json().getString("title");
        String otherTitle = call("GET", "/api/courses/" + other, "kontor", null).json().getString("title");

        // Ask for the link on the page.
        b.reset();
        b.size(390, 844);
        b.open("/me.html");
        assertTrue(b.byId("ask").isDisplayed());
        b.assertAccessible("ask for a link");
        smtp.purgeEmailFromAllMailboxes();
        b.type("email", p.email());
        b.byId("ask-submit").click();
        until("status", "Hvis adressen er registreret");

        // Open it: the page trades the token for a session and drops it from the address.
        String link = mailedLink(p.email());
        assertTrue(link.startsWith(Api.BASE + "/me.html#token="), link);
        b.driver.get("about:blank"); // as from the mail program: a fresh page load
        b.driver.get(link);
        b.ready();
        try {
            waiting().until(d -> d.findElement(By.id("mine")).isDisplayed());
        } catch (org.openqa.selenium.TimeoutException e) {
            b.screenshot("participant-page-failed");
            throw new AssertionError("the page after the link: " + b.text(), e);
        }
        assertFalse(b.driver.getCurrentUrl().contains("token"), b.driver.getCurrentUrl());
        until("enrolments", title);
        assertTrue(b.byId("enrolments").getText().contains(otherTitle));
        assertTrue(b.byId("invoices").getText().contains("Faktura"), b.byId("invoices").getText());
        assertTrue(b.byId("consents").getText().contains("nyhedsmail"), b.byId("consents").getText());
        assertTrue(b.byId("person").getText().contains("Signe Testesen"));
        b.assertAccessible("the participant's own page");
        b.screenshot("participant-page");

        // Withdraw the newsletter consent.
        waiting().until(d -> d.findElement(By.cssSelector("#consents button"))).click();
        until("status", "nyhedsmail er trukket tilbage");
        assertTrue(b.byId("consents").getText().contains("Trukket tilbage"), b.byId("consents").getText());
        JsonObject newsletter = call("GET", "/api/participants/" + p.id() + "/consents", "kontor", null).array()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("purpose").equals("NEWSLETTER"))
                .findFirst().orElseThrow();
        assertTrue(has(newsletter, "withdrawnAt"), "withdrawn in the register: " + newsletter);

        // Cancel the other enrolment (confirmed in a dialog).
        waiting().until(d -> d.findElement(By.cssSelector("#enrolments button[aria-label='Afmeld " + otherTitle + "']")))
                .click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        until("status", "Du er afmeldt");
        JsonObject cancelled = call("GET", "/api/courses/" + other + "/enrolments", "kontor", null).array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getJsonNumber("id").longValue() == otherEnrolment)
                .findFirst().orElseThrow();
        assertEquals("CANCELLED", cancelled.getString("status"));

        // An access request: the PDF is fetched and the request registered (and answered) online.
        b.tabTo("access");
        b.keys(org.openqa.selenium.Keys.ENTER);
        until("status", "indsigt er registreret");
        until("requests", "Indsigt");
        JsonObject access = request(p.id(), "ACCESS");
        assertEquals("ONLINE", access.getString("channel"));
        assertTrue(has(access, "answeredAt"), access.toString());

        // A correction request goes to staff, unanswered.
        b.byId("rectification-submit").click();
        until("rectification-error", "Skriv, hvad der skal rettes");
        b.byId("rectification").sendKeys("Mit efternavn staves Testesen-Holm");
        b.byId("rectification-submit").click();
        until("status", "rettelse er registreret");
        JsonObject correction = request(p.id(), "RECTIFICATION");
        assertFalse(has(correction, "answeredAt"), correction.toString());
        b.assertAccessible("the participant's page after using the rights");
        b.screenshot("participant-page-requests");

        // Log out: the data is gone from the page and the session from the server.
        b.byId("logout").click();
        until("status", "logget ud");
        assertTrue(b.byId("ask").isDisplayed());
        assertFalse(b.byId("mine").isDisplayed());
    }
}
