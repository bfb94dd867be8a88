package id.perpustakaan.jembatan.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.feed.FeedKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebKindTest {

    @Test
    void namesEveryMistakeOfAWebsiteSourceWithItsKeyAndFix() {
        var source = source("web", "ftp://disdik.example.go.id/", Map.of("page-limit", "banyak"));

        assertThat(new WebKind().check(source, 2)).containsExactly(
                "source 'disdik-web' (jembatan.sources[2].url) 'ftp://disdik.example.go.id/' is not an http(s)"
                        + " address: set the listing page or sitemap, e.g."
                        + " 'https://disdik.sawahluntokota.go.id/pengumuman'",
                "source 'disdik-web' (jembatan.sources[2].options.item-links) is missing: set the CSS selector of"
                        + " the article links on the listing page, e.g. 'article h2 a', or set options.sitemap: true",
                "source 'disdik-web' (jembatan.sources[2].options.page-limit) 'banyak' is not a positive number:"
                        + " set how many listing pages to follow, e.g. 5");
    }

    @Test
    void acceptsASitemapSourceWithoutSelectors() {
        assertThat(new WebKind().check(source("web", "https://disdik.example.go.id/sitemap.xml",
                Map.of("sitemap", "true")), 0)).isEmpty();
    }

    @Test
    void aFeedNeedsAnHttpAddress() {
        assertThat(new FeedKind().check(source("feed", null, Map.of()), 0)).singleElement().asString()
                .startsWith("source 'disdik-web' (jembatan.sources[0].url) is missing");
    }

    @Test
    void aPaceMustBeADuration() {
        assertThat(new FeedKind().check(source("feed", "https://disdik.example.go.id/feed",
                Map.of("request-interval", "sebentar")), 1)).containsExactly(
                "source 'disdik-web' (jembatan.sources[1].options.request-interval) 'sebentar' is not a duration:"
                        + " write the least time between two requests to the host, e.g. '2s' or '500ms'");
        assertThat(new WebKind().check(source("web", "https://disdik.example.go.id/sitemap.xml",
                Map.of("sitemap", "true", "request-interval", "2s")), 0)).isEmpty();
    }

    private static SourceDefinition source(String kind, String url, Map<String, String> options) {
        return new SourceDefinition("disdik-web", new Agency("disdik", "Dinas Pendidikan"), kind, url,
                Duration.ofMinutes(15), ReviewPolicy.AUTO, DocumentKind.ANNOUNCEMENT, options, null);
    }
}
