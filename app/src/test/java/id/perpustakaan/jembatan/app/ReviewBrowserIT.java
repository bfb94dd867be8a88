package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A librarian in real headless Chromium with axe-core: every review page (the agenda and its form too) in both
 * languages on a phone and on a desk has no violations and is no wider than the window (full-page screenshots in
 * {@code target/screenshots/review-*.png}); an approval with a corrected title leaves the item page showing that title as public with the next item focused; a bulk approval is
 * gone from the queue on the very next page; the keyboard works the queue and asks before approving on an item page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(HeadlessChromium.Required.class)
class ReviewBrowserIT extends PipelineIT {

    private static final List<Dimension> WIDTHS = List.of(HeadlessChromium.PHONE, HeadlessChromium.DESKTOP);

    private HeadlessChromium browser;
    private String word;
    private String source;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowserAndSignIn() throws Exception {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        word = uniqueWord("peramban");
        source = "peramban-" + word;
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyReviewPageHasNoAxeViolationsInEitherLanguageOnAPhoneAndADesk() throws Exception {
        String pending = source + "-axe";
        String requested = source + "-tarik";
        seed(pending, "Jadwal layanan keliling " + word, "Perpustakaan keliling singgah di Talawi " + word + ".");
        seedPublicWithWithdrawalRequest(requested, "Peraturan Wali Kota Nomor 9 Tahun 2024 " + word);
        String corrected = source + "-dikoreksi";
        String changed = source + "-berubah";
        seedApprovedWithCorrection(corrected, "jadwal posyandu " + word, "Jadwal Posyandu " + word);
        seedPublicWithNewerHarvest(changed, "Jam layanan " + word);
        drop("dinsos", word + "-kosong.txt", new byte[0]);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("login", "/masuk");
        List<String> violations = new ArrayList<>();
        checkPages(pages, violations);

        signIn();
        awaitListed("/review?source=" + source, "Jadwal layanan keliling " + word);
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open("/review/failures?lang=id");
            return browser.driver().getPageSource().contains(word + "-kosong.txt");
        });
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open("/review/items/" + requested + "?lang=id");
            return !browser.driver().findElements(By.id("request")).isEmpty();
        });
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open("/review/items/" + corrected + "?lang=id");
            return browser.driver().getPageSource().contains("Koreksi pustakawan yang sudah terbit");
        });
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open("/review/items/" + changed + "?lang=id");
            return !browser.driver().findElements(By.cssSelector(".textdiff pre")).isEmpty();
        });
        pages.clear();
        pages.put("queue", "/review?source=" + source);
        pages.put("item", "/review/items/" + pending);
        pages.put("withdrawal-request", "/review/items/" + requested);
        pages.put("item-corrected", "/review/items/" + corrected);
        pages.put("item-changed", "/review/items/" + changed);
        pages.put("failures", "/review/failures");
        pages.put("audit", "/review/audit");
        pages.put("sources", "/review/sources");
        pages.put("agenda", "/review/agenda");
        pages.put("agenda-form", "/review/agenda/new");
        checkPages(pages, violations);

        assertThat(violations).as("axe-core violations").isEmpty();
        open("/review/failures?lang=id");
        assertThat(browser.driver().getPageSource()).contains("Berkasnya kosong (0 bita).",
                "Minta instansi mengirim ulang berkas yang lengkap", "<summary>Alasan teknis");
    }

    @Test
    void anApprovalWithACorrectedTitleShowsItAsPublicAndFocusesTheNextItem() throws Exception {
        String corrected = source + "-koreksi";
        String next = source + "-berikut";
        seed(next, "Pengumuman lomba baca " + word, "Lomba baca puisi " + word + ".");
        seed(corrected, "pengumuman beasiswa prestsi " + word, "Beasiswa prestasi " + word + " dibuka.");
        signIn();
        awaitListed("/review?source=" + source, "pengumuman beasiswa prestsi " + word);

        open("/review/items/" + corrected + "?lang=id");
        WebElement title = browser.driver().findElement(By.id("e-title"));
        title.clear();
        title.sendKeys("Pengumuman Beasiswa Prestasi " + word);
        browser.driver().findElement(By.cssSelector("#approve-form button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Pengumuman Beasiswa Prestasi " + word);
        assertThat(browser.driver().findElement(By.cssSelector("p.state strong")).getText()).isEqualTo("Diterbitkan");
        assertThat(browser.driver().findElement(By.id("e-title")).getAttribute("value"))
                .isEqualTo("Pengumuman Beasiswa Prestasi " + word);
        assertThat(browser.driver().getPageSource()).doesNotContain("<del>");
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("next-item");
        assertThat(focused.getText()).startsWith("Item berikutnya");
        browser.screenshot("review-item-after-approval");
    }

    @Test
    void aBulkApprovalIsGoneFromTheQueueOnTheNextPage() throws Exception {
        String bulkSource = "massal-" + word;
        for (int i = 0; i < 3; i++) {
            seed(bulkSource + "-" + i, "Agenda kecamatan " + i + " " + word, "Agenda " + word + ".", bulkSource);
        }
        signIn();
        awaitListed("/review?source=" + bulkSource, "Agenda kecamatan 2 " + word);
        await().atMost(SEARCHABLE_WITHIN).until(() -> {
            open("/review?source=" + bulkSource + "&lang=id");
            return browser.driver().findElements(By.cssSelector("tr.queue-item")).size() == 3;
        });

        for (WebElement box : browser.driver().findElements(By.cssSelector("tr.queue-item input[type=checkbox]"))) {
            box.click();
        }
        browser.driver().findElement(By.cssSelector("#bulk button[value=APPROVE]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertThat(browser.driver().findElement(By.cssSelector("p.notice")).getText()).contains("3 item disetujui");
        assertThat(browser.driver().findElements(By.cssSelector("tr.queue-item"))).as("the page it returned to")
                .isEmpty();
        open("/review?source=" + bulkSource + "&lang=id");
        assertThat(browser.driver().findElements(By.cssSelector("tr.queue-item"))).as("a page loaded again")
                .isEmpty();
    }

    @Test
    void theKeyboardWorksTheQueueAndAsksBeforeApprovingOnAnItemPage() throws Exception {
        String keys = "kunci-" + word;
        seed(keys + "-1", "Jadwal perpustakaan keliling " + word, "Singgah di Talawi " + word + ".", keys);
        seed(keys + "-2", "Jam buka perpustakaan " + word, "Buka pukul 08.00 " + word + ".", keys);
        seed(keys + "-3", "Lomba mewarnai " + word, "Untuk anak " + word + ".", keys);
        signIn();
        awaitListed("/review?source=" + keys, "Lomba mewarnai " + word);
        await().atMost(SEARCHABLE_WITHIN).until(() -> {
            open("/review?source=" + keys + "&lang=id");
            return browser.driver().findElements(By.cssSelector("tr.queue-item")).size() == 3;
        });

        // j twice to the second row, a approves it: the queue comes back with the row that took its place focused
        new Actions(browser.driver()).sendKeys("j").sendKeys("j").perform();
        String second = browser.driver().switchTo().activeElement().getText();
        new Actions(browser.driver()).sendKeys("a").perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertThat(browser.driver().findElement(By.cssSelector("p.notice")).getText()).contains(second, "disetujui");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr.queue-item a.item-link"));
        assertThat(rows).extracting(WebElement::getText).hasSize(2).doesNotContain(second);
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo(rows.get(1).getText());
        browser.screenshot("review-queue-after-keyboard-approval");

        // on an item page, a asks first: Esc cancels, and nothing was decided
        rows.get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve-form")));
        String item = browser.driver().getCurrentUrl();
        browser.driver().findElement(By.tagName("h1")).click();
        new Actions(browser.driver()).sendKeys("a").perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("undo-cancel")));
        assertThat(browser.driver().findElement(By.id("undo")).getText()).contains("akan disetujui dalam 10 detik");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("undo-cancel");
        browser.screenshot("review-item-undo");
        new Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        assertThat(browser.driver().findElement(By.id("undo")).getText()).contains("dibatalkan");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(item);
        assertThat(browser.driver().findElement(By.cssSelector("p.state strong")).getText()).isEqualTo("Menunggu");
    }

    private void checkPages(Map<String, String> pages, List<String> violations) throws Exception {
        for (String language : List.of("id", "en")) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String path = page.getValue() + (page.getValue().contains("?") ? "&" : "?") + "lang=" + language;
                for (Dimension width : WIDTHS) {
                    browser.driver().manage().window().setSize(width);
                    open(path);
                    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                            .isEqualTo(language);
                    List<String> found = browser.axeViolations();
                    System.out.printf("axe-core %s: review %s (%s, %d px): %d violations%n", browser.axeVersion(),
                            page.getKey(), language, width.getWidth(), found.size());
                    found.forEach(line -> violations.add(page.getKey() + " (" + language + ", " + width.getWidth()
                            + " px): " + line));
                    long pageWidth = ((Number) browser.driver().executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                            .longValue();
                    if (pageWidth > 0) {
                        violations.add(page.getKey() + " (" + language + ", " + width.getWidth() + " px): the page is "
                                + pageWidth + " px wider than the window");
                    }
                    browser.fullPageScreenshot("review-" + page.getKey() + "-" + language + "-" + width.getWidth(),
                            width);
                }
            }
        }
        browser.driver().manage().window().setSize(HeadlessChromium.DESKTOP);
    }

    private void signIn() {
        open("/review?lang=id");
        if (!browser.driver().getCurrentUrl().contains("/masuk")) {
            return;
        }
        browser.driver().findElement(By.id("username")).sendKeys("pustakawan");
        browser.driver().findElement(By.id("password")).sendKeys("uji-pustakawan-2025");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Antrean"));
    }

    private void awaitListed(String queue, String title) {
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open(queue + "&lang=id");
            return browser.driver().getPageSource().contains(title);
        });
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void seed(String id, String title, String text) throws Exception {
        seed(id, title, text, source);
    }

    private void seed(String id, String title, String text, String sourceId) throws Exception {
        send(topics.documents(), id, TestDocuments.json(document(id, sourceId, title, text, Instant.now())));
    }

    /** A regulation the public sees, whose file its mirrored folder no longer has: a librarian must answer. */
    private void seedPublicWithWithdrawalRequest(String id, String title) throws Exception {
        Instant harvested = Instant.now().minusSeconds(60);
        Document regulation = document(id, source, title, "Pasal 1 " + word, harvested);
        send(topics.documents(), id, TestDocuments.json(regulation));
        send(topics.published(), id, TestDocuments.json(regulation));
        send(topics.reviews(), id, TestDocuments.json(new ReviewDecision(id, regulation.revision(), "hash",
                ReviewAction.APPROVE, "pustakawan", harvested.plusSeconds(10), null)));
        send(topics.reviews(), id, TestDocuments.json(new ReviewDecision(id, regulation.revision(), "hash",
                ReviewAction.REQUEST_WITHDRAWAL, ReviewDecision.bySource(source), harvested.plusSeconds(20),
                "removed at the source: 2024/perwako-9.pdf")));
    }

    /** Approved with a corrected title: the public revision differs from the harvested one by the correction. */
    private void seedApprovedWithCorrection(String id, String title, String correctedTitle) throws Exception {
        Instant harvested = Instant.now().minusSeconds(60);
        Instant approved = harvested.plusSeconds(30);
        Document document = document(id, source, title, "Posyandu buka setiap Selasa " + word + ".", harvested);
        ReviewEdits edits = new ReviewEdits(correctedTitle, null, null, null, null);
        send(topics.documents(), id, TestDocuments.json(document));
        send(topics.published(), id, TestDocuments.json(edits.applyTo(document, approved.toEpochMilli())));
        send(topics.reviews(), id, TestDocuments.json(new ReviewDecision(id, document.revision(),
                document.contentHash(), ReviewAction.APPROVE, "pustakawan", approved, null, edits,
                approved.toEpochMilli())));
    }

    /** Public as approved a while ago, with a newer harvest whose text changed: a change to review. */
    private void seedPublicWithNewerHarvest(String id, String title) throws Exception {
        Instant first = Instant.now().minusSeconds(120);
        Document approved = document(id, source, title, "Layanan buka pukul 08.00.\nTutup pukul 15.00.", first);
        Document newer = document(id, source, title, "Layanan buka pukul 08.00.\nTutup pukul 16.00 " + word + ".",
                Instant.now());
        send(topics.documents(), id, TestDocuments.json(approved));
        send(topics.published(), id, TestDocuments.json(approved));
        send(topics.reviews(), id, TestDocuments.json(new ReviewDecision(id, approved.revision(),
                approved.contentHash(), ReviewAction.APPROVE, "pustakawan", first.plusSeconds(5), null)));
        send(topics.documents(), id, TestDocuments.json(newer));
    }

    private void send(String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static Document document(String id, String sourceId, String title, String text, Instant at) {
        return new Document(id, sourceId, new Agency("uji", "Dinas Uji"), DocumentKind.ANNOUNCEMENT, title, text,
                text, null, "id", null, null, at, at, at, null, null, List.of(), "hash-" + at.toEpochMilli(),
                at.toEpochMilli(), null, List.of(), List.of(), null);
    }
}
