package id.perpustakaan.jembatan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real headless Chromium (Debian's {@code chromium} with {@code chromium-driver}) with axe-core at hand. Where
 * they are missing the browser tests are skipped, saying what to install; on CI ({@code CI=true}) they fail instead,
 * so a missing install step cannot pass unnoticed ({@link Required}).
 */
final class HeadlessChromium implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    /** A small phone. */
    static final Dimension PHONE = new Dimension(360, 740);


    private final ChromeDriver driver;
    private final String axeSource;
    private final Path screenshots;

    private HeadlessChromium(ChromeDriver driver, String axeSource, Path screenshots) {
        this.driver = driver;
        this.axeSource = axeSource;
        this.screenshots = screenshots;
    }

    /**
     * Skips a browser test class before anything starts (no application, no browser) when the browser or axe-core
     * is missing, saying what to install; on CI it fails instead.
     */
    static final class Required implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> missing = missing();
            if (missing.isEmpty()) {
                return ConditionEvaluationResult.enabled("chromium, chromedriver and axe-core are installed");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing.get() + ": CI must run the browser tests");
            }
            System.err.println("browser tests skipped: " + missing.get());
            return ConditionEvaluationResult.disabled("browser tests skipped: " + missing.get());
        }
    }

    private static Path chromium() {
        return Path.of(System.getProperty("jembatan.browser.chromium", "/usr/bin/chromium"));
    }

    private static Path chromedriver() {
        return Path.of(System.getProperty("jembatan.browser.chromedriver", "/usr/bin/chromedriver"));
    }

    private static Path axe() {
        return Path.of(System.getProperty("jembatan.browser.axe", "node_modules/axe-core/axe.min.js"));
    }

    private static Optional<String> missing() {
        if (!Files.isExecutable(chromium()) || !Files.isExecutable(chromedriver())) {
            return Optional.of("no headless browser: " + chromium() + " or " + chromedriver()
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        if (!Files.isReadable(axe())) {
            return Optional.of("no axe-core at " + axe() + " (npm install --prefix app --no-package-lock)");
        }
        return Optional.empty();
    }

    /** Starts a browser with an empty profile (so an empty cache); see {@link Required} for when there is none. */
    static HeadlessChromium start() throws IOException {
        Path chromium = chromium();
        Path chromedriver = chromedriver();
        Path axe = axe();
        missing().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--lang=id-ID",
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium's sandbox refuses to start as root; these machines run the build as root
            options.addArguments("--no-sandbox");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)).pageLoadTimeout(Duration.ofSeconds(30));
        Path screenshots = Files.createDirectories(Path.of(System.getProperty("jembatan.browser.screenshots",
                "target/screenshots")));
        return new HeadlessChromium(driver, Files.readString(axe), screenshots);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** axe-core's violations on the page as it is now, as "rule (impact): help — targets" lines. */
    List<String> axeViolations() throws IOException {
        driver.executeScript(axeSource);
        Object answer = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));");
        JsonNode violations = JsonMapper.shared().readTree(String.valueOf(answer));
        if (violations.has("error")) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": "
                    + violations.get("error").asText());
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode violation : violations) {
            List<String> targets = new ArrayList<>();
            violation.get("nodes").forEach(node -> targets.add(node.get("target").toString()));
            lines.add(violation.get("id").asText() + " (" + violation.get("impact").asText() + "): "
                    + violation.get("help").asText() + " — " + targets);
        }
        return lines;
    }

    String axeVersion() {
        return String.valueOf(driver.executeScript("return window.axe ? axe.version : 'not loaded'"));
    }

    /**
     * Bytes transferred for the page as loaded: the document and every resource it fetched, headers included, from
     * the browser's own resource timing (same-origin, so nothing is hidden). Keyed by address.
     */
    @SuppressWarnings("unchecked")
    Map<String, Long> transferredBytes() {
        Object entries = driver.executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".map(e => [e.name, e.transferSize]);");
        Map<String, Long> bytes = new java.util.LinkedHashMap<>();
        for (Object entry : (List<Object>) entries) {
            List<Object> pair = (List<Object>) entry;
            bytes.merge(String.valueOf(pair.get(0)), ((Number) pair.get(1)).longValue(), Long::sum);
        }
        return bytes;
    }

    /** Bytes of the page and its resources once decompressed: what a slow phone parses. */
    long decodedBytes() {
        return ((Number) driver.executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, e) => sum + e.decodedBodySize, 0);")).longValue();
    }

    void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** The window as it is (focus included), as {@code <name>.png} for a reviewer to look at. */
    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** The whole page, not only the window, in a window of the given width. */
    Path fullPageScreenshot(String name, Dimension window) throws IOException {
        driver.manage().window().setSize(window);
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(6000, Math.max(
                window.getHeight(), height + 140))));
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(DESKTOP);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
