package id.perpustakaan.jembatan.routes.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPressKindTest {

    @Test
    void namesEveryMistakeOfAWordPressSourceWithItsKeyAndFix() {
        var source = source("https://disdik.example.go.id", Map.of("post-types", "posts, media", "page-size", "500",
                "page-limit", "semua", "feed", "feed/"));

        assertThat(new WordPressKind().check(source, 3)).containsExactly(
                "source 'disdik-wp' (jembatan.sources[3].options.post-types) 'posts, media' is not a list of posts"
                        + " and pages: write 'posts' or 'posts, pages'",
                "source 'disdik-wp' (jembatan.sources[3].options.page-size) '500' is not 1 to 100: write how many"
                        + " posts one request asks for, e.g. '50'",
                "source 'disdik-wp' (jembatan.sources[3].options.page-limit) 'semua' is not a number of pages: write"
                        + " how many pages one run reads at most, e.g. '20'",
                "source 'disdik-wp' (jembatan.sources[3].options.feed) 'feed/' is not an http(s) address: write the"
                        + " site's feed, e.g. 'https://disdik.sawahluntokota.go.id/feed/', or leave it out to take"
                        + " the one its home page announces");
    }

    @Test
    void aSiteAloneIsEnoughAndPostsComeFirstAsNamed() {
        var source = source("https://disdik.example.go.id/", Map.of("post-types", " Posts ,pages"));

        assertThat(new WordPressKind().check(source, 0)).isEmpty();
        assertThat(WordPressKind.postTypes(source)).containsExactly("posts", "pages");
        assertThat(WordPressKind.postTypes(source("https://disdik.example.go.id/", Map.of())))
                .containsExactly("posts");
    }

    @Test
    void anApiRootTakesItsRoutesAsAPathOrAsRestRoute() {
        assertThat(WordPressApi.collection(URI.create("https://x.go.id/berita/wp-json/"), "posts", "page=2"))
                .hasToString("https://x.go.id/berita/wp-json/wp/v2/posts?page=2");
        assertThat(WordPressApi.collection(URI.create("https://x.go.id/?rest_route=/"), "tags", "include=4"))
                .hasToString("https://x.go.id/?rest_route=/wp/v2/tags&include=4");
    }

    private static SourceDefinition source(String url, Map<String, String> options) {
        return new SourceDefinition("disdik-wp", new Agency("disdik", "Dinas Pendidikan"), "wordpress", url,
                Duration.ofMinutes(15), ReviewPolicy.AUTO, DocumentKind.ANNOUNCEMENT, options, null);
    }
}
