package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static dk.oplys.it.Api.newOpenCourse;
import static dk.oplys.it.Api.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.it.Api.Answer;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages in headless Chromium: catalogue, course page, sign-up (keyboard only, with
 * reduced fee and consent; inline errors from the browser's checks and from the server's
 * problem+json; CPR only from other municipalities), waiting list, confirmation, privacy notice,
 * in Danish and English, each checked by axe-core with zero violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    /** One browser for the class (starting Chromium is the slow part); reset before each test. */
    private static Browser b;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        b = new Browser();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (b != null) {
            b.close();
        }
    }

    @BeforeEach
    void cleanBrowser() {
        b.reset();
    }

    private static long courseId(String title) throws Exception {
        return call("GET", "/api/public/courses", null, null).array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("title").equals(title)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void catalogueFiltersAndIsAccessibleOnDesktopAndPhone() throws Exception {
        {
            b.open("/");
            assertEquals("da", b.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertTrue(b.text().contains("Keramik for begyndere"));
            b.assertAccessible("catalogue");
            b.screenshot("catalogue");

            new Select(b.byId("kind")).selectByValue("FOREDRAG");
            List<String> titles = b.driver.findElements(By.cssSelector("#courses h2")).stream().map(e -> e.getText()).toList();
            assertEquals(List.of("Foredrag: Vestjyllands historie"), titles);
            new Select(b.byId("kind")).selectByValue("");

            assertTrue(b.text().contains("Yoga – fuldt hold"));
            b.byId("free").click();
            assertFalse(b.text().contains("Yoga – fuldt hold"), "a full course is hidden by 'free seats only'");
            b.byId("free").click();

            b.byId("q").sendKeys("spansk");
            titles = b.driver.findElements(By.cssSelector("#courses h2")).stream().map(e -> e.getText()).toList();
            assertEquals(List.of("Spansk konversation"), titles);

            b.phone();
            b.open("/index.html");
            b.assertAccessible("catalogue on a phone");
            b.screenshot("catalogue-phone");
        }
    }

    @Test
    void coursePageShowsLessonsPriceTeacherAndSeats() throws Exception {
        long keramik = courseId("Keramik for begyndere");
        {
            b.open("/course.html?id=" + keramik);
            String text = b.text();
            assertTrue(text.contains("Keramik for begyndere"), text);
            assertTrue(text.contains("1.200,00 kr."), text);
            assertTrue(text.contains("900,00 kr."), "reduced fee shown: " + text);
            assertTrue(text.contains("ledige"), text);
            assertTrue(text.contains("Gange (8)"), text);
            assertTrue(text.contains("Skjern Skole"), text);
            b.assertAccessible("course page");
            b.screenshot("course");

            b.open("/course.html?id=999999");
            assertTrue(b.text().contains("Kurset findes ikke"));
            b.assertAccessible("unknown course");
        }
    }

    @Test
    void keyboardOnlySignUpWithReducedFeeAndConsentReachesTheStaffList() throws Exception {
        long course = newOpenCourse(5, 120000, 90000L, LocalDate.now().plusDays(30));
        {
            b.open("/signup.html?id=" + course);
            b.assertAccessible("sign-up form");
            b.screenshot("signup");
            // Keyboard only from here: the skip link first, then Tab through the form.
            b.keys(Keys.TAB);
            assertEquals("Gå til indhold", b.driver.switchTo().activeElement().getText());
            b.type("participant.firstName", "Karen");
            b.type("participant.lastName", "Tastatur");
            b.type("participant.street", "Ågade 7");
            b.type("participant.postcode", "6900");
            b.type("participant.city", "Skjern");
            b.type("participant.municipalityCode", "Ringkøbing");
            assertEquals("760", new Select(b.byId("participant.municipalityCode")).getFirstSelectedOption()
                    .getDomAttribute("value"));
            b.type("participant.birthDate", "05-03-1958");
            assertFalse(b.byId("cpr-field").isDisplayed(), "no CPR from the school's own municipality");
            b.type("participant.email", "karen-" + course + "@example.dk");
            b.type("reducedFee.group", "Pens");
            assertTrue(b.byId("declaration-text").getText().contains("tro og love"));
            b.tick("reducedFee.declared");
            b.tick("consent-NEWSLETTER");
            b.tabTo("submit");
            b.keys(Keys.ENTER);
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("confirmation.html"));
            b.ready();
            String text = b.text();
            assertTrue(text.contains("Tak for din tilmelding"), text);
            assertNotNull(b.byId("reference").getText());
            b.assertAccessible("confirmation");
            b.screenshot("confirmation");
        }
        JsonObject enrolment = call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("participantName").equals("Karen Tastatur"))
                .findFirst().orElseThrow();
        assertEquals("CONFIRMED", enrolment.getString("status"));
        Answer invoices = call("GET", "/api/invoices?course=" + course, "kontor", null);
        assertTrue(invoices.body().contains("90000"), "the reduced fee was invoiced: " + invoices.body());
    }

    @Test
    void errorsAppearNextToTheFieldsAndInASummary() throws Exception {
        long course = newOpenCourse(5);
        String email = "dorit-" + course + "@example.dk";
        assertEquals(201, call("POST", "/api/public/courses/" + course + "/signups", null,
                person("Dorit", email, null, LocalDate.of(1970, 2, 1))).status());
        {
            b.open("/signup.html?id=" + course);
            b.byId("submit").click();
            assertTrue(b.byId("error-summary").isDisplayed());
            assertEquals("error-summary", b.focused(), "the summary takes the focus");
            assertEquals("true", b.byId("participant.firstName").getDomAttribute("aria-invalid"));
            assertTrue(b.byId("participant.firstName-error").getText().contains("Skal udfyldes"));
            b.assertAccessible("sign-up with errors");
            b.screenshot("signup-errors");

            // From another municipality: the CPR field appears with its reason; a wrong one is refused by the server.
            fill(b, "Dorit", email, "01-02-1970", "657");
            assertTrue(b.byId("cpr-field").isDisplayed());
            assertTrue(b.byId("cpr-reason").getText().contains("§ 43"));
            b.byId("participant.cpr").sendKeys("020270-1234");
            b.byId("submit").click();
            new WebDriverWait(b.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.id("participant.cpr-error")).size() == 1);
            assertTrue(b.byId("participant.cpr-error").getText().contains("passer ikke med fødselsdatoen"));
            b.assertAccessible("server error on the CPR field");

            // The school's own municipality: no CPR; the server says the person is already enrolled.
            new Select(b.byId("participant.municipalityCode")).selectByValue("760");
            assertFalse(b.byId("cpr-field").isDisplayed());
            b.byId("submit").click();
            new WebDriverWait(b.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("error-list")).getText().contains("allerede tilmeldt"));
        }
    }

    private static void fill(Browser b, String first, String email, String birth, String municipality) {
        b.byId("participant.firstName").sendKeys(first);
        b.byId("participant.lastName").sendKeys("Testesen");
        b.byId("participant.street").sendKeys("Testvej 1");
        b.byId("participant.postcode").sendKeys("6900");
        b.byId("participant.city").sendKeys("Skjern");
        new Select(b.byId("participant.municipalityCode")).selectByValue(municipality);
        b.byId("participant.birthDate").sendKeys(birth);
        b.byId("participant.email").sendKeys(email);
    }

    @Test
    void fullCourseOffersTheWaitingList() throws Exception {
        long course = newOpenCourse(1);
        assertEquals(201, call("POST", "/api/public/courses/" + course + "/signups", null,
                person("Eva", "eva-" + course + "@example.dk", null, LocalDate.of(1960, 1, 1))).status());
        {
            b.open("/course.html?id=" + course);
            assertTrue(b.text().contains("Fuldt – venteliste"));
            b.driver.findElement(By.linkText("Skriv dig på ventelisten")).click();
            b.ready();
            fill(b, "Finn", "finn-" + course + "@example.dk", "02-02-1962", "760");
            b.byId("submit").click();
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("confirmation.html"));
            b.ready();
            assertTrue(b.text().contains("Du er på ventelisten"), b.text());
            assertTrue(b.text().contains("nummer 1"), b.text());
            b.assertAccessible("waiting-list confirmation");
            b.screenshot("confirmation-waiting-list");
        }
    }

    @Test
    void aCourseWithTransportTakesTheNeedInTheSignUpForm() throws Exception {
        long venue = call("GET", "/api/courses", "kontor", null).array().getJsonObject(0)
                .getJsonObject("venue").getJsonNumber("id").longValue();
        String body = "{\"title\":\"Kørsel " + java.util.UUID.randomUUID() + "\",\"description\":\"t\","
                + "\"activityKind\":\"UNDERVISNING\",\"venueId\":" + venue + ",\"capacity\":5,\"feeOre\":10000,"
                + "\"reducedFeeOre\":null,\"signupOpensAt\":\"" + java.time.Instant.now().minusSeconds(3600)
                + "\",\"signupClosesAt\":\"" + java.time.Instant.now().plusSeconds(86400) + "\",\"transportOffered\":true,"
                + "\"lessons\":[{\"date\":\"" + LocalDate.now().plusDays(20) + "\",\"start\":\"10:00:00\",\"end\":\"12:00:00\"}],"
                + "\"fields\":[],\"teacherIds\":[]}";
        Api.Answer created = call("POST", "/api/courses", "kontor", body);
        assertEquals(201, created.status(), created.body());
        long course = created.json().getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "/api/courses/" + course + "/status", "kontor", "{\"status\":\"OPEN\"}").status());
        {
            b.phone();
            b.open("/signup.html?id=" + course);
            assertTrue(b.byId("transport").isDisplayed());
            assertFalse(b.byId("transport-details").isDisplayed(), "the details only when transport is wanted");
            fill(b, "Karen", "karen-" + course + "@example.dk", "03-03-1950", "760");
            b.tick("transport.wanted");
            assertTrue(b.byId("transport-details").isDisplayed());
            assertFalse(b.byId("transport.consent").isSelected(), "the consent is not ticked for the person");
            b.byId("transport.street").sendKeys("Hentevej 9");
            b.byId("transport.mobilityAid").sendKeys("Rollator");
            b.byId("transport.companion").click();
            b.byId("submit").click();
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("error-summary")).isDisplayed());
            String errors = b.byId("error-summary").getText();
            assertTrue(errors.contains("Skriv både adresse, postnummer og by"), errors);
            assertEquals("true", b.byId("transport.consent").getDomAttribute("aria-invalid"), errors);
            b.assertAccessible("transport section with errors");
            b.byId("transport.postcode").sendKeys("6950");
            b.byId("transport.city").sendKeys("Ringkøbing");
            b.byId("transport.consent").click();
            b.screenshot("signup-transport-phone");
            b.byId("submit").click();
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("confirmation.html"));
            b.ready();
            assertTrue(b.byId("transport-result").getText().contains("kørsel er registreret"), b.text());
            b.assertAccessible("confirmation with transport");
        }
        long enrolment = call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Answer need = call("GET", "/api/transport/enrolments/" + enrolment + "/need", "kontor", null);
        assertEquals(200, need.status(), need.body());
        assertEquals("Rollator", need.json().getString("mobilityAid"));
        assertTrue(need.json().getBoolean("companion"));
        assertEquals("Hentevej 9", need.json().getString("pickupStreet"));
        assertEquals("6950", need.json().getString("pickupPostcode"));
        assertEquals("CONSENT", need.json().getString("basis"));
    }

    @Test
    void englishAndThePrivacyNotice() throws Exception {
        {
            b.open("/index.html?lang=en");
            assertEquals("en", b.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertTrue(b.text().contains("Find a course"));
            b.assertAccessible("catalogue in English");
            b.open("/privacy.html");
            assertTrue(b.text().contains("How we handle your personal data"), "the choice is kept");
            b.byId("lang-switch").click();
            b.ready();
            assertEquals("da", b.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertTrue(b.text().contains("CPR-nummer"));
            b.assertAccessible("privacy notice");
            b.screenshot("privacy");
        }
    }

    @Test
    void pagesCarryNoInlineScriptAndTheSecurityHeaders() throws Exception {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)|\\son[a-z]+=|\\sstyle=", Pattern.CASE_INSENSITIVE);
        for (String page : List.of("/", "/index.html", "/course.html", "/signup.html", "/confirmation.html", "/privacy.html",
                "/staff/", "/teacher/")) {
            Answer a = call("GET", page, null, null);
            assertEquals(200, a.status(), page);
            assertFalse(inline.matcher(a.body()).find(), "inline script or style in " + page);
            assertTrue(a.header("Content-Security-Policy").contains("script-src 'self'"), page);
            assertFalse(a.header("Content-Security-Policy").contains("unsafe-inline"), page);
            assertEquals("DENY", a.header("X-Frame-Options"), page);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), page);
            assertEquals("no-referrer", a.header("Referrer-Policy"), page);
        }
        assertEquals("no-store", call("GET", "/api/courses", "kontor", null).header("Cache-Control"));
        assertEquals("no-store", call("GET", "/confirmation.html", null, null).header("Cache-Control"));
        assertEquals("no-store", call("GET", "/staff/", null, null).header("Cache-Control"));
    }

    @Test
    void signUpFormRulesComeFromTheServer() throws Exception {
        JsonObject keramik = call("GET", "/api/public/courses/" + courseId("Keramik for begyndere") + "/signup-form",
                null, null).json();
        assertEquals("760", keramik.getString("subsidyMunicipalityCode"));
        assertTrue(keramik.getBoolean("cprForOtherMunicipality"));
        assertTrue(keramik.getJsonArray("reducedFeeGroups").stream().anyMatch(g -> g.asJsonObject()
                .getString("code").equals("PENSIONIST") && g.asJsonObject().getString("declarationText").contains("tro og love")));
        JsonObject lecture = call("GET", "/api/public/courses/" + courseId("Foredrag: Vestjyllands historie")
                + "/signup-form", null, null).json();
        assertFalse(lecture.getBoolean("cprForOtherMunicipality"), "never CPR for a lecture");
        assertEquals(0, lecture.getJsonArray("reducedFeeGroups").size(), "no reduced fee offered");
        long draft = call("GET", "/api/courses", "kontor", null).array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("status").equals("DRAFT")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Answer a = call("GET", "/api/public/courses/" + draft + "/signup-form", null, null);
        assertEquals(404, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"));
    }
}
