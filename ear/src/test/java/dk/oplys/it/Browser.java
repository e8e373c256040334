package dk.oplys.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromedriver) driven by Selenium, with a fresh profile,
 * no network services of its own, the axe-core check and screenshots saved under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("oplys.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("oplys.test.chromedriver", "/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of(System.getProperty("oplys.test.screenshots", "target/screenshots"));
    private static String axeSource;

    final WebDriver driver;
    private final Path profile;

    Browser() throws IOException {
        profile = Files.createTempDirectory("oplys-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=da-DK",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Opens a page under the application and waits until its script has rendered it. */
    Browser open(String path) {
        driver.get(Api.BASE + path);
        return ready();
    }

    /** Waits for the page's script to mark the body ready (texts loaded, data fetched, rendered). */
    Browser ready() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(d ->
                "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return this;
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** axe-core on the current page (WCAG 2.0/2.1 A and AA rules): no violations allowed. */
    void assertAccessible(String what) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
                + "'best-practice']}}).then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, "
                + "help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))).catch(e => done('error: ' + e));");
        String json = String.valueOf(result);
        assertTrue(json.startsWith("["), "axe-core failed on " + what + ": " + json);
        JsonArray violations = Json.createReader(new StringReader(json)).readArray();
        assertEquals(0, violations.size(), "accessibility violations on " + what + ": " + violations);
    }

    private static synchronized String axe() throws IOException {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axeSource;
    }

    /** Saves a PNG of the page as it looks now (build output: ear/target/screenshots/NAME.png). */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        File f = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Back to a clean state between tests sharing this browser: no cookies, no stored choices, desktop size. */
    void reset() {
        driver.get(Api.BASE + "/privacy.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** A phone-sized window (412 x 915 CSS pixels). */
    void phone() {
        driver.manage().window().setSize(new Dimension(412, 915));
    }

    /** A window of this many CSS pixels (e.g. 390 x 844, a common phone). */
    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Presses Tab until the element with this id has the focus: proves it is reachable by keyboard. */
    void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(focused())) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key");
    }

    /** Keys sent to whatever has the focus, as a keyboard does. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Tabs to a field and types into it, like a keyboard user. */
    void type(String id, String text) {
        tabTo(id);
        keys(text);
    }

    /** Tabs to a checkbox and ticks it with the space bar. */
    void tick(String id) {
        tabTo(id);
        keys(Keys.SPACE);
    }

    /** The focused element's id. */
    String focused() {
        return driver.switchTo().activeElement().getDomAttribute("id");
    }

    JsonObject sessionStorageJson(String key) {
        Object v = ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem(arguments[0]);", key);
        return Json.createReader(new StringReader(String.valueOf(v))).readObject();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
