package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static dk.oplys.it.Api.newOpenCourse;
import static dk.oplys.it.Api.person;
import static dk.oplys.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff desk in headless Chromium: login to a browser session, booking a caller (found by
 * name or CPR, or entered new with a duplicate warning), the channel, reduced fee with the
 * declaration, the waiting list and cancelling, unpaid invoices, a web sign-up seen at the desk,
 * logout; axe-core with zero violations on each state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPagesIT {

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

    private static void login(Browser b, String user, String password) {
        b.byId("username").clear();
        b.byId("username").sendKeys(user);
        b.byId("password").sendKeys(password);
        b.byId("login-submit").click();
    }

    private static WebDriverWait waiting(Browser b) {
        // The page reloads after logout: elements found just before may be gone.
        return (WebDriverWait) new WebDriverWait(b.driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
    }

    private static void until(Browser b, String id, String text) {
        waiting(b).until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    @Test
    void bookACallerWithDuplicateWarningThenWaitingListAndCancel() throws Exception {
        long course = newOpenCourse(1, 50000, 30000L, LocalDate.now().plusDays(20));
        String title = call("GET", "/api/courses/" + course, "kontor", null).json().getString("title");
        {
            b.open("/staff/");
            assertTrue(b.byId("login").isDisplayed());
            b.assertAccessible("staff login");
            login(b, "kontor", "forkert");
            until(b, "login-error", "Forkert brugernavn");
            login(b, "kontor", "oplys-demo");
            waiting(b).until(d -> d.findElement(By.id("desk")).isDisplayed());
            until(b, "whoami", "Vestjylland");
            b.assertAccessible("staff desk");
            b.screenshot("staff-desk");

            // A caller who is already known: entering her as new warns about the duplicate.
            new Select(b.byId("book-course")).selectByValue(String.valueOf(course));
            b.byId("np.firstName").sendKeys("Anna");
            b.byId("np.lastName").sendKeys("Andersen");
            b.byId("np.street").sendKeys("Bredgade 5");
            b.byId("np.postcode").sendKeys("6900");
            b.byId("np.city").sendKeys("Skjern");
            new Select(b.byId("np.municipalityCode")).selectByValue("760");
            b.byId("np.birthDate").sendKeys("15-05-1972");
            new Select(b.byId("book-group")).selectByValue("PENSIONIST");
            assertTrue(b.byId("book-declaration-text").getText().contains("tro og love"));
            b.byId("book-declared").click();
            b.byId("book-submit").click();
            waiting(b).until(d -> d.findElement(By.id("duplicates")).isDisplayed());
            assertTrue(b.byId("duplicates").getText().contains("Anna Andersen"));
            b.assertAccessible("duplicate warning");
            b.screenshot("staff-duplicate-warning");
            b.byId("duplicates").findElement(By.tagName("ul")).findElement(By.tagName("button")).click();
            assertTrue(b.byId("chosen").getText().contains("Anna Andersen"));
            assertTrue(b.byId("book-declared").isSelected(), "the reduced fee and declaration stay chosen");
            b.byId("book-submit").click();
            waiting(b).until(d -> !d.findElement(By.id("book-result")).getText().isEmpty()
                    || !d.findElement(By.id("book-error")).getText().isEmpty());
            assertEquals("", b.byId("book-error").getText());
            until(b, "book-result", "Booket med plads");
            String invoice = b.byId("book-result").getDomAttribute("data-invoice");
            assertFalse(invoice.isEmpty());
            until(b, "enrolments", "Anna Andersen");
            until(b, "invoices", invoice);

            // A second caller found by CPR goes on the waiting list.
            b.byId("find-cpr").sendKeys("020355-1233");
            b.byId("cpr-submit").click();
            waiting(b).until(d -> d.findElement(By.id("hits")).getText().contains("Bent Bertelsen"));
            assertEquals("", b.byId("find-cpr").getDomProperty("value"), "the CPR number does not stay on the page");
            b.byId("hits").findElement(By.tagName("button")).click();
            new Select(b.byId("book-channel")).selectByValue("MAIL");
            b.byId("book-submit").click();
            until(b, "book-result", "venteliste som nummer 1");
            until(b, "enrolments", "Bent Bertelsen");
            b.assertAccessible("course list with waiting list");

            // Cancelling Anna gives Bent the seat.
            b.driver.findElement(By.cssSelector("#enrolments button[aria-label='Afmeld Anna Andersen']")).click();
            until(b, "status", "Anna Andersen er afmeldt");
            waiting(b).until(d -> !d.findElement(By.id("enrolments")).getText().contains("Anna Andersen"));
            WebElement row = b.driver.findElement(By.xpath("//table[@id='enrolments']//tr[td[1][.='Bent Bertelsen']]"));
            assertTrue(row.getText().contains("Har plads"), row.getText());
            assertTrue(row.getText().contains("E-mail eller brev"), row.getText());
            b.screenshot("staff-course-list");
        }
        assertEquals("Test", title.substring(0, 4));
    }

    @Test
    void aWebSignUpShowsAtTheDeskAndOverdueInvoicesAreListed() throws Exception {
        long course = newOpenCourse(5);
        String email = "webben-" + course + "@example.dk";
        assertEquals(201, call("POST", "/api/public/courses/" + course + "/signups", null,
                person("Webben", email, null, LocalDate.of(1990, 9, 9))).status());
        {
            b.open("/staff/index.html");
            login(b, "rektor", "oplys-demo");
            waiting(b).until(d -> d.findElement(By.id("desk")).isDisplayed());
            new Select(b.byId("list-course")).selectByValue(String.valueOf(course));
            until(b, "enrolments", "Webben Testesen");
            assertTrue(b.byId("enrolments").getText().contains("Online"));
            b.byId("inv-overdue").click();
            waiting(b).until(d -> !d.findElement(By.id("invoices")).getText().contains("Webben"));
            b.byId("inv-overdue").click();
            until(b, "invoices", "Webben Testesen");

            // A new person with no namesake: no warning, booked at once.
            new Select(b.byId("book-course")).selectByValue(String.valueOf(course));
            b.byId("np.firstName").sendKeys("Ny");
            b.byId("np.lastName").sendKeys("Person" + course);
            b.byId("np.street").sendKeys("Vejen 2");
            b.byId("np.postcode").sendKeys("6900");
            b.byId("np.city").sendKeys("Skjern");
            new Select(b.byId("np.municipalityCode")).selectByValue("760");
            b.byId("np.birthDate").sendKeys("01-01-1950");
            b.byId("book-submit").click();
            until(b, "book-result", "Booket med plads");
            assertFalse(b.byId("duplicates").isDisplayed());

            b.byId("logout").click();
            waiting(b).until(d -> d.findElement(By.id("login")).isDisplayed());
            b.ready();
            assertFalse(b.byId("desk").isDisplayed());
        }
    }

    @Test
    void theTeacherSeesTodaysLessonOnAPhone() throws Exception {
        long laerer = call("GET", "/api/users", "rektor", null).array().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals("laerer")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long venue = call("GET", "/api/courses", "kontor", null).array().getJsonObject(0).getJsonObject("venue")
                .getJsonNumber("id").longValue();
        String title = "Aftenens hold " + System.nanoTime();
        String body = "{\"title\":\"" + title + "\",\"description\":\"t\",\"activityKind\":\"UNDERVISNING\",\"venueId\":"
                + venue + ",\"capacity\":8,\"feeOre\":10000,\"reducedFeeOre\":null,\"signupOpensAt\":\""
                + Instant.now().minusSeconds(3600) + "\",\"signupClosesAt\":\"" + Instant.now().plusSeconds(3600)
                + "\",\"transportOffered\":false,\"lessons\":[{\"date\":\"" + LocalDate.now() + "\",\"start\":\"19:00:00\","
                + "\"end\":\"20:30:00\"}],\"fields\":[],\"teacherIds\":[" + laerer + "]}";
        assertEquals(201, call("POST", "/api/courses", "kontor", body).status());
        b.phone();
        b.open("/teacher/");
        b.assertAccessible("teacher login");
        login(b, "kontor", "oplys-demo");
        until(b, "login-error", "underviser");
        login(b, "laerer", "oplys-demo");
        waiting(b).until(d -> d.findElement(By.id("mine")).isDisplayed());
        until(b, "today", title);
        assertTrue(b.byId("courses").getText().contains("Keramik for begyndere"));
        b.assertAccessible("teacher's courses on a phone");
        b.screenshot("teacher-phone");
    }

    /** The lesson's marks as the API holds them: enrolment id to present (null when not marked). */
    private static Map<Long, JsonValue> marks(long course, long lesson) throws Exception {
        Api.Answer a = call("GET", "/api/teacher/courses/" + course + "/lessons/" + lesson + "/attendance", "laerer", null);
        assertEquals(200, a.status(), a.body());
        return a.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                e -> e.getJsonNumber("enrolmentId").longValue(), e -> e.get("present")));
    }

    @Test
    void theTeacherTicksAttendanceSignsOffAndDownloadsTheProtocolOnAPhone() throws Exception {
        long course = TeachingTransportIT.teachersCourse(); // lessons yesterday and in a week, taught by laerer
        TeachingTransportIT.Person ane = TeachingTransportIT.book(course, unique("Ane"), "Bratsch");
        TeachingTransportIT.Person bo = TeachingTransportIT.book(course, unique("Bo"), "Obo");
        JsonObject view = call("GET", "/api/teacher/courses/" + course, "laerer", null).json();
        String title = view.getString("title");
        long yesterday = view.getJsonArray("lessons").getJsonObject(0).getJsonNumber("id").longValue();

        b.size(390, 844);
        b.open("/teacher/");
        login(b, "laerer", "oplys-demo");
        waiting(b).until(d -> d.findElement(By.id("mine")).isDisplayed());
        waiting(b).until(d -> d.findElement(By.cssSelector("button[aria-label='Åbn holdet " + title + "']"))).click();
        until(b, "register", ane.first());
        assertEquals(String.valueOf(yesterday), new Select(b.byId("lesson")).getFirstSelectedOption().getDomAttribute("value"),
                "the lesson that has begun and is not signed off is chosen");
        String shown = b.text();
        assertTrue(shown.contains("Instrument: Bratsch") && shown.contains(bo.first()), shown);
        for (TeachingTransportIT.Person p : java.util.List.of(ane, bo)) {
            TeachingTransportIT.assertNoneOf(p.forbidden(), shown, "the teacher's page");
            TeachingTransportIT.assertNoneOf(java.util.List.of(p.phone()), shown, "the teacher's page");
        }
        until(b, "lesson-state", "ikke underskrevet");
        b.assertAccessible("teacher's register on a phone");

        // By keyboard only: tick Ane, leave Bo unticked, sign off.
        b.tick("present-" + ane.enrolmentId());
        b.tabTo("sign-off");
        b.keys(Keys.ENTER);
        until(b, "lesson-state", "Underskrevet af");
        assertEquals("", b.byId("attendance-error").getText());
        assertTrue(b.byId("reason-field").isDisplayed(), "after the sign-off a change asks for a reason");
        b.assertAccessible("signed-off lesson");
        b.screenshot("teacher-attendance-phone");
        Map<Long, JsonValue> stored = marks(course, yesterday);
        assertEquals(JsonValue.TRUE, stored.get(ane.enrolmentId()));
        assertEquals(JsonValue.FALSE, stored.get(bo.enrolmentId()));
        assertTrue(call("GET", "/api/teacher/courses/" + course + "/lessons/" + yesterday + "/attendance", "laerer", null)
                .json().getBoolean("signedOff"));

        // A change after the sign-off: refused on the page without a reason, stored with one.
        b.byId("present-" + bo.enrolmentId()).click();
        b.byId("save").click();
        until(b, "attendance-error", "begrundelse");
        assertEquals("true", b.byId("reason").getDomAttribute("aria-invalid"));
        assertEquals(JsonValue.FALSE, marks(course, yesterday).get(bo.enrolmentId()));
        b.byId("reason").sendKeys("Bo kom efter pausen");
        b.byId("save").click();
        until(b, "lesson-state", "Ændringen er gemt");
        assertEquals(JsonValue.TRUE, marks(course, yesterday).get(bo.enrolmentId()));
        b.assertAccessible("changed after sign-off");

        // The protocol downloads with the page's session.
        Object pdf = ((JavascriptExecutor) b.driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('protocol').href, {credentials: 'same-origin'}).then(r => r.arrayBuffer()"
                + ".then(buf => done(r.status + ' ' + r.headers.get('content-type') + ' ' + buf.byteLength)))"
                + ".catch(e => done('error ' + e));");
        assertTrue(String.valueOf(pdf).startsWith("200 application/pdf"), String.valueOf(pdf));

        // English on request.
        b.open("/teacher/?lang=en");
        until(b, "mine", "My courses");
        waiting(b).until(d -> d.findElement(By.cssSelector("button[aria-label='Open the course " + title + "']"))).click();
        until(b, "lesson-state", "Signed off by");
        b.assertAccessible("teacher's register in English");
    }
}
