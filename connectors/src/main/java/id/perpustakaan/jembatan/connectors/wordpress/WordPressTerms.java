package id.perpustakaan.jembatan.connectors.wordpress;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A WordPress site's categories or tags as {@code /wp/v2/categories?include=…} and {@code /wp/v2/tags?include=…}
 * list them: for a site whose posts carry their terms' ids only (an answer without {@code _embedded}).
 */
public final class WordPressTerms {

    private WordPressTerms() {
    }

    /**
     * The terms by id; an answer that is not such a list names none (the posts keep their other facts: a missing
     * category is no reason to refuse them).
     *
     * @param taxonomy what the endpoint lists ({@code category}, {@code post_tag}), for terms that do not say
     */
    public static Map<Long, WordPressPost.Term> read(byte[] body, String taxonomy) {
        Map<Long, WordPressPost.Term> terms = new HashMap<>();
        JsonNode root;
        try {
            root = WordPressJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return terms;
        }
        if (root == null || !root.isArray()) {
            return terms;
        }
        for (JsonNode node : root) {
            WordPressPost.Term term = WordPressPost.term(node);
            if (term != null) {
                terms.put(term.id(), term.taxonomy().isEmpty()
                        ? new WordPressPost.Term(term.id(), term.name(), term.slug(), taxonomy) : term);
            }
        }
        return terms;
    }
}
