package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Document;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A librarian in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): signs in, approves
 * the newest pending item from the queue with the keyboard alone, and the public search finds it. Screenshots of
 * the queue and of the item page are left in {@code target/review-screenshots} for a reviewer. Skipped, saying so,
 * where Chromium is not installed, except on CI, where that is a failure.
 */
class ReviewBrowserIT extends PipelineIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("jembatan.browser.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("jembatan.browser.chromedriver",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("jembatan.review.screenshots",
            "target/review-screenshots"));

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("Chromium or its driver is missing (" + CHROMIUM + ", " + DRIVER
                    + "): install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "Chromium or its driver is missing (" + CHROMIUM + ", " + DRIVER
                + "): the browser test is skipped; apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: the tests run as root on CI machines, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=id");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLibrarianApprovesFromTheQueueWithTheKeyboardAndThePublicFindsIt() throws Exception {
        String word = uniqueWord("peramban");
        String source = "peramban-" + word;
        String id = source + "-1";
        seedPending(ReviewPagesIT.document(id, source, "Jadwal perpustakaan keliling " + word,
                "Perpustakaan keliling singgah di Kecamatan Talawi setiap Senin " + word + "."));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get("http://localhost:" + port + "/review");
        wait.until(ExpectedConditions.urlContains("/masuk"));
        browser.findElement(By.id("username")).sendKeys("pustakawan");
        browser.findElement(By.id("password")).sendKeys("uji-pustakawan-2025");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Antrean"));

        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get("http://localhost:" + port + "/review?source=" + source);
            return browser.getPageSource().contains("Jadwal perpustakaan keliling " + word);
        });
        screenshot("queue.png");

        // keyboard only: j moves to the first item, a approves it
        new Actions(browser).sendKeys("j").perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Jadwal perpustakaan keliling " + word);
        new Actions(browser).sendKeys("a").perform();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
                .contains("Jadwal perpustakaan keliling " + word, "disetujui");
        assertThat(awaitHits(word, 1).get("hits").get(0).get("id").asText()).isEqualTo(id);

        // the inbox follows the decision through its own projection, a moment after the public index may
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.get("http://localhost:" + port + "/review/items/" + id);
            return browser.findElement(By.cssSelector("p.state strong")).getText().equals("Diterbitkan");
        });
        screenshot("item.png");
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void seedPending(Document document) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topics.documents(), document.id(), TestDocuments.json(document))).get();
        }
    }
}
