package id.perpustakaan.jembatan.routes.normalise.html;

import id.perpustakaan.jembatan.routes.fixtures.SharedCorpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Acceptance over the pages in {@code ../shared/corpus/html/readability} (see its SOURCES.md): the text we
 * extract from each {@code source.html} against the text of the {@code expected.html} that Mozilla Readability
 * extracts, as token F1. Runs when the corpus is beside the repository and is skipped, saying so, when it is not.
 */
class HtmlCorpusTest {

    /** The address Readability's test pages were saved from; their relative links resolve against it. */
    private static final String BASE_URL = "http://fakehost/test/page.html";

    @Test
    void extractsTheMainContentOfTheReadabilityPagesWithAMeanTokenF1OfAtLeastNinetyPercent() throws IOException {
        Path corpus = locate();
        assumeTrue(corpus != null, "../shared/corpus/html/readability is not beside the repository: corpus test skipped");

        List<Path> pages;
        try (Stream<Path> folders = Files.list(corpus)) {
            pages = folders.filter(folder -> Files.isRegularFile(folder.resolve("source.html"))
                    && Files.isRegularFile(folder.resolve("expected.html"))).sorted().toList();
        }
        assertThat(pages).isNotEmpty();

        double sum = 0;
        for (Path page : pages) {
            String source = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
            String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8))
                    .text();
            String extracted = HtmlNormaliser.normalise(source, BASE_URL).text();
            TokenOverlap overlap = TokenOverlap.between(extracted, expected);
            sum += overlap.f1();
            System.out.printf(Locale.ROOT, "%-20s F1 %.3f  (precision %.3f, recall %.3f)%n",
                    page.getFileName(), overlap.f1(), overlap.precision(), overlap.recall());
        }
        double mean = sum / pages.size();
        System.out.printf(Locale.ROOT, "%-20s F1 %.3f  over %d pages%n", "mean", mean, pages.size());

        assertThat(mean).isGreaterThanOrEqualTo(0.90);
    }

    private static Path locate() {
        return SharedCorpus.find("html/readability").orElse(null);
    }
}
