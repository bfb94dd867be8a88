package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public page in a real headless Chromium: axe-core finds no accessibility violation on the home page, a
 * results page and document pages in both languages; a search can be made and a result opened with the keyboard
 * alone; the first load stays under 100 KB. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(HeadlessChromium.Required.class)
class PortalBrowserIT extends PipelineIT {

    static final long PAGE_WEIGHT_BUDGET = 100 * 1024;

    private HeadlessChromium browser;
    private PortalFixtures fixtures;

    @BeforeAll
    void startBrowserAndPublishDocuments() throws Exception {
        browser = HeadlessChromium.start();
        fixtures = new PortalFixtures(uniqueWord("peramban"));
        fixtures.publish(bootstrapServers, topics.published(), http());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void axeFindsNoViolationsInEitherLanguage() throws Exception {
        Map<String, String> pages = Map.of(
                "home", "/",
                "results", "/?q=" + fixtures.word,
                "document", "/dokumen/" + fixtures.announcement,
                "regulation", "/dokumen/" + fixtures.regulation);
        List<String> violations = new ArrayList<>();
        for (String language : List.of("id", "en")) {
            for (var page : new java.util.TreeMap<>(pages).entrySet()) {
                String path = page.getValue() + (page.getValue().contains("?") ? "&" : "?") + "lang=" + language;
                open(path);
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
                List<String> found = browser.axeViolations();
                System.out.printf("axe-core %s: %s (%s): %d violations%n", browser.axeVersion(), page.getKey(),
                        language, found.size());
                found.forEach(line -> violations.add(page.getKey() + " (" + language + "): " + line));
                browser.fullPageScreenshot(page.getKey() + "-" + language, HeadlessChromium.DESKTOP);
            }
        }
        open("/?q=" + fixtures.word + "&lang=id");
        browser.fullPageScreenshot("results-id-phone", HeadlessChromium.PHONE);
        open("/dokumen/" + fixtures.regulation + "?lang=id");
        browser.fullPageScreenshot("regulation-id-phone", HeadlessChromium.PHONE);

        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void aSearchIsMadeAndAResultOpenedWithTheKeyboardAlone() throws Exception {
        open("/?lang=id");
        List<String> stops = new ArrayList<>();
        WebElement field = tabUntil(element -> "q".equals(element.getAttribute("id")), stops);
        assertThat(stops).as("tab stops before the search field").hasSizeLessThanOrEqualTo(4);
        assertThat(stops.get(0)).as("the first tab stop skips to the content").contains("Langsung ke isi utama");

        new Actions(browser.driver()).sendKeys(fixtures.word).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
        assertThat(browser.driver().findElement(By.id("result-count")).getText()).contains(fixtures.word);

        WebElement first = browser.driver().findElement(By.cssSelector("ol.hits h3 a"));
        String title = first.getText();
        stops.clear();
        WebElement focused = tabUntil(element -> element.equals(first), stops);
        System.out.println("keyboard: tab stops on the results page before the first result: " + stops);
        assertThat(stops).as("tab stops before the first result").hasSizeLessThanOrEqualTo(6);
        assertThat(focused.getCssValue("outline-style")).as("the focused result shows its focus").isNotEqualTo("none");
        browser.screenshot("keyboard-first-result-focused");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/dokumen/"));
        assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);
    }

    @Test
    void theFirstLoadOfEachPageWeighsLessThan100Kilobytes() throws Exception {
        String pageWord = uniqueWord("seleksi");
        PortalFixtures.publish(bootstrapServers, topics.published(), http(), pageWord,
                fixtures.aPageAndMore(pageWord));
        for (String path : List.of("/", "/?q=" + pageWord, "/?q=" + pageWord + "&page=2",
                "/dokumen/" + fixtures.announcement)) {
            browser.clearCache();
            open(path);
            Map<String, Long> transferred = browser.transferredBytes();
            long total = transferred.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("page weight of the first load of %s: %,d bytes (%.1f KB) transferred in %d requests,"
                    + " %,d bytes decompressed: %s%n", path, total, total / 1024.0, transferred.size(),
                    browser.decodedBytes(), transferred);
            assertThat(transferred.size()).as("requests of " + path).isLessThanOrEqualTo(2);
            assertThat(total).as("bytes transferred for " + path).isPositive().isLessThan(PAGE_WEIGHT_BUDGET);
        }
        open("/?q=" + pageWord);
        assertThat(browser.driver().findElements(By.cssSelector("ol.hits > li"))).hasSize(10);
        browser.fullPageScreenshot("results-full-page-id", HeadlessChromium.DESKTOP);
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    /** Presses Tab until the focused element matches, recording what each earlier stop was. */
    private WebElement tabUntil(java.util.function.Predicate<WebElement> wanted, List<String> stops) {
        for (int presses = 0; presses < 25; presses++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement active = browser.driver().switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
            stops.add(active.getTagName() + " \"" + active.getText().strip() + "\"");
        }
        throw new AssertionError("25 presses of Tab never reached the element; stops: " + stops);
    }
}
