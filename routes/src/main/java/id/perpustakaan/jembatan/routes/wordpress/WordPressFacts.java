package id.perpustakaan.jembatan.routes.wordpress;

import id.perpustakaan.jembatan.connectors.wordpress.WordPressPost;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.routes.feed.EntryPage;
import java.util.List;

/**
 * What a WordPress post declares, as normalisation takes it: its title, excerpt, publication and modification
 * times, and its categories and tags as tags; its kind is left to the kind rules and the source's default, and the
 * source's agency published it. The post itself is a small page of its rendered content, cleaned like any page.
 */
final class WordPressFacts {

    private WordPressFacts() {
    }

    static DeclaredFacts of(WordPressPost post, List<String> terms) {
        return new DeclaredFacts(post.title(), post.summary(), null, null, post.publishedAt(), post.modifiedAt(),
                terms);
    }

    static String page(WordPressPost post, List<String> terms) {
        return EntryPage.html(post.title(), post.excerptHtml(), post.contentHtml(), post.publishedAt(), terms, null,
                null);
    }
}
