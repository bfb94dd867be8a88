package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The agenda, an event's page, events among search results and the programme finder in a real headless Chromium,
 * over events published as a review decision would publish them: axe-core finds no accessibility violation in either
 * language on a phone or a desktop, a phone's page never grows wider than the phone, the agenda lists what is not over
 * by day with the cancelled one marked, its filter form works as a plain form, and what is over is still found by the
 * search. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(HeadlessChromium.Required.class)
class AgendaBrowserIT extends PipelineIT {

    private HeadlessChromium browser;
    private String word;
    /** An organiser no other test names, so the agenda filtered by it lists this test's events only. */
    private String organiser;
    private LocalDate today;

    @BeforeAll
    void startBrowserAndPublishEvents() throws Exception {
        browser = HeadlessChromium.start();
        word = uniqueWord("acara");
        organiser = "Panitia " + word;
        today = LocalDate.now(LibraryTime.ZONE);
        List<id.perpustakaan.jembatan.model.Document> documents = List.of(
                event("literasi", "Pelatihan Literasi Digital", new Event(wib(today.plusDays(1), 9),
                        wib(today.plusDays(1), 12), false, new EventPlace("Aula Perpustakaan Kota",
                        "Jl. Ahmad Yani No. 2", "Saringan", "Barangin"), organiser, "https://s.id/literasi",
                        today.plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant(), 40, false)),
                event("posyandu", "Posyandu Mawar", new Event(wib(today.plusDays(2), 0), null, true,
                        new EventPlace("Posyandu Mawar", null, "Durian I", "Barangin"), organiser, null, null, null,
                        true)),
                event("bursa", "Bursa Kerja Kota Sawahlunto", new Event(wib(today.plusDays(9), 0),
                        wib(today.plusDays(12), 0), true, new EventPlace("Lapangan Segitiga", null, null, "Talawi"),
                        organiser, "https://disnaker.sawahluntokota.go.id/bursa-kerja/pendaftaran-pencari-kerja",
                        null, 2000, false)),
                event("senam", "Senam Lansia", new Event(wib(today.minusDays(1), 7), wib(today.minusDays(1), 9),
                        false, EventPlace.named("Gedung Pusat Kebudayaan"), organiser, null, null, null, false)),
                PublishedDocuments.document("acara-" + word + "-pmt", "Pemberian Makanan Tambahan Balita " + word)
                        .agency("dinkes", "Dinas Kesehatan").kind(DocumentKind.PROGRAMME).tags("Saringan", "balita")
                        .validUntil(Instant.now().plus(Duration.ofDays(30))).build(),
                PublishedDocuments.document("acara-" + word + "-imunisasi", "Imunisasi Lanjutan " + word)
                        .agency("dinkes", "Dinas Kesehatan").kind(DocumentKind.PROGRAMME).tags("Durian I", "balita")
                        .validUntil(Instant.now().minus(Duration.ofDays(3))).build());
        try (var published = new PublishedDocuments(bootstrapServers, topics.published())) {
            published.publish(documents.toArray(id.perpustakaan.jembatan.model.Document[]::new));
        }
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> http().get()
                .uri(uri -> uri.path("/api/agenda").queryParam("organiser", organiser).build()).retrieve()
                .body(JsonNode.class), answer -> answer.get("total").asInt() == 3);
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> http().get()
                .uri(uri -> uri.path("/api/search").queryParam("q", word).queryParam("includeExpired", true).build())
                .retrieve().body(JsonNode.class), answer -> answer.get("total").asInt() == documents.size());
    }

    private id.perpustakaan.jembatan.model.Document event(String name, String title, Event event) {
        return PublishedDocuments.document("acara-" + word + "-" + name, title + " " + word)
                .agency("diskominfo", "Dinas Komunikasi dan Informatika").text(title + " " + word + ". Terbuka"
                        + " untuk umum, gratis.").event(event).build();
    }

    private static Instant wib(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(LibraryTime.ZONE).toInstant();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The pages under test by name; "…-filters-open" ones are checked with their filter form unfolded. */
    private Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("agenda", "/agenda");
        pages.put("agenda-filters-open", "/agenda?view=month&organiser=" + organiser.replace(' ', '+'));
        pages.put("agenda-week", "/agenda?view=week");
        pages.put("agenda-empty", "/agenda?organiser=" + word);
        pages.put("event", "/dokumen/acara-" + word + "-literasi");
        pages.put("event-cancelled", "/dokumen/acara-" + word + "-posyandu");
        pages.put("event-over", "/dokumen/acara-" + word + "-senam");
        pages.put("event-results", "/?q=" + word + "&kind=event&includeExpired=true");
        pages.put("finder-filters-open", "/?q=" + word + "&kind=programme");
        return pages;
    }

    private void openAndUnfold(String name, String path) {
        open(path);
        if (name.endsWith("-filters-open")) {
            browser.driver().findElement(By.cssSelector("details.refine > summary")).click();
            assertThat(browser.driver().findElement(By.cssSelector("details.refine")).getDomAttribute("open"))
                    .isNotNull();
        }
    }

    @Test
    void axeFindsNoViolationsInEitherLanguageOnAPhoneOrADesktop() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Dimension window : List.of(HeadlessChromium.PHONE, HeadlessChromium.DESKTOP)) {
            browser.driver().manage().window().setSize(window);
            for (String language : List.of("id", "en")) {
                for (var page : pages().entrySet()) {
                    openAndUnfold(page.getKey(), withLanguage(page.getValue(), language));
                    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                            .isEqualTo(language);
                    List<String> found = browser.axeViolations();
                    String where = page.getKey() + " (" + language + ", " + window.getWidth() + " px)";
                    System.out.printf("axe-core %s: %s: %d violations%n", browser.axeVersion(), where, found.size());
                    found.forEach(line -> violations.add(where + ": " + line));
                }
            }
        }
        for (String language : List.of("id", "en")) {
            for (var page : pages().entrySet()) {
                if (page.getKey().startsWith("agenda") || page.getKey().equals("event")) {
                    openAndUnfold(page.getKey(), withLanguage(page.getValue(), language));
                    browser.fullPageScreenshot(page.getKey() + "-" + language + "-desktop", HeadlessChromium.DESKTOP);
                    openAndUnfold(page.getKey(), withLanguage(page.getValue(), language));
                    browser.fullPageScreenshot(page.getKey() + "-" + language + "-phone", HeadlessChromium.PHONE);
                }
            }
        }

        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void aPhonesPageStaysAsWideAsThePhone() {
        browser.driver().manage().window().setSize(HeadlessChromium.PHONE);
        try {
            for (String language : List.of("id", "en")) {
                for (var page : pages().entrySet()) {
                    String path = withLanguage(page.getValue(), language);
                    open(path);
                    browser.driver().findElements(By.cssSelector("details.refine > summary"))
                            .forEach(WebElement::click);
                    long width = ((Number) browser.driver().executeScript(
                            "return document.documentElement.scrollWidth")).longValue();
                    System.out.printf("page width at 360 px of %s: %d px%n", path, width);
                    assertThat(width).as("width of " + path + " on a 360 px phone").isLessThanOrEqualTo(360);
                }
            }
        } finally {
            browser.driver().manage().window().setSize(HeadlessChromium.DESKTOP);
        }
    }

    @Test
    void theAgendaListsWhatIsNotOverByDayAndItsFormFiltersWithoutAScript() {
        open("/agenda?lang=id&organiser=" + organiser.replace(' ', '+'));

        List<String> titles = browser.driver().findElements(By.cssSelector("section.day h3")).stream()
                .map(WebElement::getText).toList();
        assertThat(titles).containsExactly("Pelatihan Literasi Digital " + word, "Posyandu Mawar " + word,
                "Bursa Kerja Kota Sawahlunto " + word);
        List<String> days = browser.driver().findElements(By.cssSelector("section.day > h2 time")).stream()
                .map(time -> time.getDomAttribute("datetime")).toList();
        assertThat(days).containsExactly(today.plusDays(1).toString(), today.plusDays(2).toString(),
                today.plusDays(9).toString());
        assertThat(browser.driver().findElement(By.cssSelector("section.day:nth-of-type(1) > h2")).getText())
                .endsWith("(besok)");
        WebElement cancelled = browser.driver().findElements(By.cssSelector("article.event")).get(1);
        assertThat(cancelled.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Dibatalkan");
        WebElement training = browser.driver().findElements(By.cssSelector("article.event")).get(0);
        assertThat(training.findElement(By.cssSelector("p.when")).getText()).endsWith(", 09.00–12.00 WIB");
        assertThat(training.getText()).contains("Kelurahan Saringan, Kecamatan Barangin", "Daftar di s.id",
                "40 orang");

        browser.driver().findElement(By.cssSelector("details.refine > summary")).click();
        browser.driver().findElement(By.cssSelector("input[name=kecamatan][value=Talawi] + label")).click();
        browser.driver().findElement(By.cssSelector("details.refine button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("kecamatan=Talawi"));
        assertThat(browser.driver().findElements(By.cssSelector("section.day h3"))).extracting(WebElement::getText)
                .containsExactly("Bursa Kerja Kota Sawahlunto " + word);
        assertThat(browser.driver().findElements(By.cssSelector("section.subscribe a")))
                .extracting(link -> link.getDomAttribute("href"))
                .contains("/feeds/agenda.ics?kecamatan=Talawi", "/feeds/kinds/event.rss");
        browser.driver().findElement(By.cssSelector("header nav a[href='/agenda']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/agenda$"));
    }

    @Test
    void anEventThatIsOverIsOffTheAgendaButTheSearchStillFindsIt() throws Exception {
        open("/agenda?lang=id&organiser=" + organiser.replace(' ', '+'));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Senam Lansia");

        open("/?lang=id&kind=event&includeExpired=true&q=" + word);
        WebElement over = browser.driver().findElements(By.cssSelector("ol.hits > li")).stream()
                .filter(hit -> hit.getText().contains("Senam Lansia")).findFirst().orElseThrow();
        assertThat(over.findElement(By.cssSelector("p.event-line")).getText()).startsWith("Sudah selesai ")
                .endsWith("07.00–09.00 WIB · Gedung Pusat Kebudayaan");
        browser.fullPageScreenshot("event-results-id-desktop", HeadlessChromium.DESKTOP);
    }

    private static String withLanguage(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }
}
