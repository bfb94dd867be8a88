package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Document;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public page in a real headless Chromium: axe-core finds no accessibility violation on the home page, results
 * pages (filters open, expired shown) and document pages in both languages on a phone and a desktop; a phone's page
 * never grows wider than the phone; a misspelt search offers its spelling; deadlines show the days left; a search
 * can be made and a result opened with the keyboard alone; the first load stays under 100 KB. Screenshots go to
 * {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(HeadlessChromium.Required.class)
class PortalBrowserIT extends PipelineIT {

    static final long PAGE_WEIGHT_BUDGET = 100 * 1024;

    private HeadlessChromium browser;
    private PortalFixtures fixtures;
    private String tableDocument;

    @BeforeAll
    void startBrowserAndPublishDocuments() throws Exception {
        browser = HeadlessChromium.start();
        fixtures = new PortalFixtures(uniqueWord("peramban"));
        fixtures.publish(bootstrapServers, topics.published(), http());
        String tableWord = uniqueWord("tabel");
        Document table = PortalFixtures.wideTable(tableWord);
        tableDocument = table.id();
        PortalFixtures.publish(bootstrapServers, topics.published(), http(), tableWord, List.of(table));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void axeFindsNoViolationsInEitherLanguageOnAPhoneOrADesktop() throws Exception {
        Map<String, String> pages = Map.of(
                "home", "/",
                "results", "/?q=" + fixtures.word,
                "results-filters-open", "/?q=" + fixtures.word + "&agency=disdik&sort=newest",
                "results-expired-shown", "/?q=" + fixtures.word + "&includeExpired=true",
                "document", "/dokumen/" + fixtures.announcement,
                "regulation", "/dokumen/" + fixtures.regulation,
                "table", "/dokumen/" + tableDocument);
        List<String> violations = new ArrayList<>();
        for (Dimension window : List.of(HeadlessChromium.PHONE, HeadlessChromium.DESKTOP)) {
            browser.driver().manage().window().setSize(window);
            for (String language : List.of("id", "en")) {
                for (var page : new TreeMap<>(pages).entrySet()) {
                    String path = page.getValue() + (page.getValue().contains("?") ? "&" : "?") + "lang=" + language;
                    open(path);
                    if (page.getKey().equals("results-filters-open")) {
                        browser.driver().findElement(By.cssSelector("details.refine > summary")).click();
                        assertThat(browser.driver().findElement(By.cssSelector("details.refine")).getDomAttribute(
                                "open")).isNotNull();
                    }
                    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                            .isEqualTo(language);
                    List<String> found = browser.axeViolations();
                    String where = page.getKey() + " (" + language + ", " + window.getWidth() + " px)";
                    System.out.printf("axe-core %s: %s: %d violations%n", browser.axeVersion(), where, found.size());
                    found.forEach(line -> violations.add(where + ": " + line));
                }
            }
        }
        browser.driver().manage().window().setSize(HeadlessChromium.DESKTOP);
        for (var page : new TreeMap<>(pages).entrySet()) {
            for (String language : List.of("id", "en")) {
                open(page.getValue() + (page.getValue().contains("?") ? "&" : "?") + "lang=" + language);
                browser.driver().findElements(By.cssSelector("details.refine > summary")).stream()
                        .filter(summary -> page.getKey().equals("results-filters-open")).forEach(WebElement::click);
                browser.fullPageScreenshot(page.getKey() + "-" + language + "-desktop", HeadlessChromium.DESKTOP);
                browser.fullPageScreenshot(page.getKey() + "-" + language + "-phone", HeadlessChromium.PHONE);
            }
        }

        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void aPhonesPageStaysAsWideAsThePhoneEvenWithAWideTable() throws Exception {
        browser.driver().manage().window().setSize(HeadlessChromium.PHONE);
        try {
            for (String path : List.of("/", "/?q=" + fixtures.word + "&includeExpired=true",
                    "/dokumen/" + fixtures.announcement, "/dokumen/" + fixtures.regulation,
                    "/dokumen/" + tableDocument)) {
                open(path);
                browser.driver().findElements(By.cssSelector("details.refine > summary")).forEach(WebElement::click);
                long width = ((Number) browser.driver().executeScript(
                        "return document.documentElement.scrollWidth")).longValue();
                System.out.printf("page width at 360 px of %s: %d px%n", path, width);
                assertThat(width).as("width of " + path + " on a 360 px phone").isLessThanOrEqualTo(360);
            }
            open("/dokumen/" + tableDocument);
            WebElement region = browser.driver().findElement(By.cssSelector("div.table-scroll"));
            long scrollable = ((Number) browser.driver().executeScript(
                    "return arguments[0].scrollWidth - arguments[0].clientWidth", region)).longValue();
            assertThat(scrollable).as("the table scrolls inside its region").isPositive();
            assertThat(region.getDomAttribute("tabindex")).isEqualTo("0");
            assertThat(browser.driver().findElements(By.cssSelector("section.content a[href^='tel:']")))
                    .extracting(WebElement::getText).containsExactly("(0754) 61234", "0812-3456-7890");
            browser.fullPageScreenshot("table-id-phone", HeadlessChromium.PHONE);
        } finally {
            browser.driver().manage().window().setSize(HeadlessChromium.DESKTOP);
        }
    }

    @Test
    void aMisspeltSearchOffersTheSpellingAndFollowingItFindsResults() throws Exception {
        String misspelt = fixtures.word.substring(0, fixtures.word.length() - 1)
                + (fixtures.word.endsWith("q") ? "w" : "q");
        open("/?q=" + misspelt + "&lang=id");
        WebElement suggestion = browser.driver().findElement(By.cssSelector("p.suggestion a"));
        assertThat(browser.driver().findElement(By.cssSelector("p.suggestion")).getText())
                .isEqualTo("Mungkin maksud Anda: " + fixtures.word);

        suggestion.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("q=" + fixtures.word));
        assertThat(browser.driver().findElement(By.id("result-count")).getText())
                .startsWith("2 dokumen ditemukan untuk “" + fixtures.word + "”");
        assertThat(browser.driver().getTitle()).startsWith("2 hasil untuk “" + fixtures.word + "”");
        assertThat(browser.driver().findElements(By.cssSelector("p.suggestion"))).isEmpty();
    }

    @Test
    void aResultWithADeadlineShowsTheDaysLeftAndExpiredOnesAreMarkedBelowIt() throws Exception {
        open("/?q=" + fixtures.word + "&kind=announcement&lang=id");
        WebElement hidden = browser.driver().findElement(By.cssSelector("p.expired-hidden"));
        assertThat(hidden.getText()).isEqualTo("1 pengumuman kedaluwarsa disembunyikan — tampilkan");
        WebElement deadline = browser.driver().findElement(By.cssSelector("ol.hits > li .deadline"));
        // valid for 365 days from when the fixtures were made, counted in WIB days
        assertThat(deadline.getText()).matches("Batas: \\d{1,2} \\w{3} \\d{4} · 36[45] hari lagi");

        hidden.findElement(By.tagName("a")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("includeExpired=true"));
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("ol.hits > li"));
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).getText()).contains("hari lagi").doesNotContain("Kedaluwarsa");
        assertThat(hits.get(1).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Kedaluwarsa");
        browser.screenshot("results-expired-shown");
    }

    @Test
    void titleCompletionsArriveAsOneTypesAndTheSearchLinkCanBeCopied() throws Exception {
        open("/?lang=id");
        WebElement box = browser.driver().findElement(By.id("q"));
        box.sendKeys("Pengumuman Beasiswa Prestasi " + fixtures.word.substring(0, 6));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> ((Number) browser.driver()
                .executeScript("return document.querySelectorAll('#q-suggestions option').length")).intValue() > 0);
        assertThat(box.getDomAttribute("list")).isEqualTo("q-suggestions");
        assertThat(browser.driver().findElement(By.cssSelector("#q-suggestions option")).getDomAttribute("value"))
                .isEqualTo("Pengumuman Beasiswa Prestasi " + fixtures.word);

        open("/?q=" + fixtures.word + "&lang=id");
        assertThat(browser.driver().findElement(By.cssSelector(".search-links button.copy")).getText())
                .isEqualTo("Salin tautan");
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
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver ->
                "results-heading".equals(driver.switchTo().activeElement().getAttribute("id")));

        WebElement first = browser.driver().findElement(By.cssSelector("ol.hits h3 a"));
        String title = first.getText();
        stops.clear();
        WebElement focused = tabUntil(element -> element.equals(first), stops);
        System.out.println("keyboard: tab stops from the results heading to the first result: " + stops);
        // "Saring & urutkan", and "tampilkan" for the hidden expired announcements
        assertThat(stops).as("tab stops before the first result").hasSizeLessThanOrEqualTo(3);
        assertThat(focused.getCssValue("outline-style")).as("the focused result shows its focus").isNotEqualTo("none");
        browser.screenshot("keyboard-first-result-focused");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/dokumen/"));
        assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);
    }

    /**
     * The search page loads its stylesheet and its one script; a document page its stylesheet, and the images of the
     * announcement from the agency's host (lazily, and not counted here: they are the agency's, and other origins
     * hide their sizes from resource timing).
     */
    @Test
    void theFirstLoadOfEachPageWeighsLessThan100Kilobytes() throws Exception {
        String pageWord = uniqueWord("seleksi");
        PortalFixtures.publish(bootstrapServers, topics.published(), http(), pageWord,
                fixtures.aPageAndMore(pageWord));
        String origin = "http://localhost:" + port + "/";
        for (String path : List.of("/", "/?q=" + pageWord, "/?q=" + pageWord + "&page=2",
                "/dokumen/" + fixtures.announcement, "/dokumen/" + tableDocument)) {
            browser.clearCache();
            open(path);
            Map<String, Long> transferred = browser.transferredBytes();
            Map<String, Long> own = new java.util.LinkedHashMap<>(transferred);
            own.keySet().removeIf(address -> !address.startsWith(origin));
            long total = own.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("page weight of the first load of %s: %,d bytes (%.1f KB) transferred in %d requests"
                    + " to the portal, %,d bytes decompressed; all requests: %s%n", path, total, total / 1024.0,
                    own.size(), browser.decodedBytes(), transferred);
            assertThat(own.size()).as("requests of " + path).isLessThanOrEqualTo(path.startsWith("/dokumen/") ? 2 : 3);
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
