package org.accredit.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless browser for the page tests: Debian's {@code chromium} driven through its
 * {@code chromedriver} (both installed by {@code .ci/run} when missing), and axe-core from the npm
 * registry ({@code src/test/js/package.json}, installed by the build's {@code npm ci}).
 *
 * <p>When chromium, chromedriver or axe-core is missing, a local run skips the browser tests with a
 * message saying what to install; with {@code CI=true} they fail instead, so CI never passes by
 * skipping them. Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ACCREDIT_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("ACCREDIT_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts headless chromium, or skips the calling test (fails it when CI=true) if anything is missing. */
    public static Browser open() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (apt-get install chromium-driver)");
        }
        if (!Files.isRegularFile(AXE)) {
            missing.add(AXE + " (node and npm, then the build runs npm ci in src/test/js)");
        }
        if (!missing.isEmpty()) {
            String message = "Browser tests need " + String.join(", ", missing);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; CI=true, so this fails rather than skips");
            }
            Assumptions.abort(message + "; skipped");
        }
        try {
            Path profile = Files.createTempDirectory("accredit-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    /**
     * Clicks what submits a form and waits until the next page has loaded: a mark set on the current
     * window is gone once a new document replaced it (more robust than waiting for an element to go stale).
     */
    public Browser submit(String css) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.accreditPreviousPage = true;");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                // while the old document unloads, a script may fail: try again until the new one answers
                .ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.accreditPreviousPage && document.readyState === 'complete';")));
        return this;
    }

    public String html() {
        return driver.getPageSource();
    }

    /** Saves {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the current page and fails on any violation of impact serious or critical,
     * listing each rule, its help text and the elements concerned. Saves a screenshot under {@code name}.
     */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String name) {
        screenshot(name);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        if (result instanceof String s) {
            fail(s);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(impact + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"));
            }
        }
        assertTrue(serious.isEmpty(), "axe-core on " + driver.getCurrentUrl() + " (" + name + "):\n"
                + String.join("\n", serious));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
