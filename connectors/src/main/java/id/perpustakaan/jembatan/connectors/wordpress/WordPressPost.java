package id.perpustakaan.jembatan.connectors.wordpress;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ApiValues;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One post or page as a WordPress REST API lists it (v2, WordPress 4.7 and later): what a document needs of it, read
 * leniently where sites differ (a title with entities and markup, an excerpt WordPress made itself, terms embedded
 * or only their ids) and refused, with a reason a librarian can act on, where the record cannot be published: no
 * id, no http(s) link, not published, password-protected, or nothing in it.
 *
 * @param guid         WordPress' own identifier ("https://site/?p=12"), which its feed gives too; null when absent
 * @param title        as people read it (entities decoded, markup dropped), or null
 * @param excerptHtml  the excerpt as rendered, without the "read more" link WordPress adds, or null
 * @param summary      the excerpt's text, without WordPress' "[…]", or null
 * @param publishedAt  {@code date_gmt}; {@code modifiedAt} {@code modified_gmt}: WordPress writes GMT without a zone
 * @param embeddedTerms its categories and tags as {@code _embed} gives them, or null when the answer has none
 */
public record WordPressPost(long id, String guid, URI link, String type, String title, String excerptHtml,
                            String summary, String contentHtml, Instant publishedAt, Instant modifiedAt,
                            List<Long> categoryIds, List<Long> tagIds, List<Term> embeddedTerms) {

    /** A category or tag: {@code taxonomy} is {@code category} or {@code post_tag}. */
    public record Term(long id, String name, String slug, String taxonomy) {
    }

    public static final String CATEGORY = "category";
    public static final String TAG = "post_tag";
    /**
     * The category WordPress gives a post nobody categorised, under the slugs of an English and an Indonesian
     * install: it says nothing of the post.
     */
    private static final Set<String> UNCATEGORISED = Set.of("uncategorized", "tak-berkategori", "tidak-berkategori");
    /** Elements that are content even without text: a post that is only a scan, a PDF or a video. */
    private static final String MEDIA = "img[src], a[href], iframe[src], video, audio, object, embed";

    public WordPressPost {
        categoryIds = List.copyOf(categoryIds);
        tagIds = List.copyOf(tagIds);
        embeddedTerms = embeddedTerms == null ? null : List.copyOf(embeddedTerms);
    }

    /** @param position its place in the run's listing, from 1, for the reason a refusal gives */
    public static WordPressPost of(JsonNode node, int position) {
        if (node == null || !node.isObject()) {
            throw new ContentRejectedException("read", "post " + position + " of the WordPress answer is not an"
                    + " object");
        }
        String title = WordPressJson.plain(WordPressJson.text(node, "title"));
        long id = node.path("id").asLong(0);
        if (id <= 0) {
            throw new ContentRejectedException("read", "post " + position + " of the WordPress answer has no id"
                    + (title == null ? "" : " ('" + title + "')"));
        }
        String named = "post " + id + (title == null ? "" : " ('" + title + "')");
        String linkText = WordPressJson.text(node, "link");
        URI link = ApiValues.webLink(linkText);
        if (link == null) {
            throw new ContentRejectedException("read", named + (linkText == null ? " has no link"
                    : " has no http(s) link ('" + linkText + "')") + ": there is no address to show it at");
        }
        String status = WordPressJson.text(node, "status");
        if (status != null && !status.equals("publish")) {
            throw new ContentRejectedException("read", named + " is '" + status + "', not published");
        }
        if (node.path("content").path("protected").asBoolean(false)) {
            throw new ContentRejectedException("read", named + " is password-protected: its content is not public");
        }
        String content = WordPressJson.text(node, "content");
        if (content == null || isEmpty(content)) {
            throw new ContentRejectedException("read", named + " has no content"
                    + (node.has("content") ? "" : " (the answer lists no content.rendered)"));
        }
        String excerpt = node.path("excerpt").path("protected").asBoolean(false) ? null
                : WordPressJson.text(node, "excerpt");
        String excerptHtml = withoutMoreLink(excerpt);
        return new WordPressPost(id, WordPressJson.text(node, "guid"), link,
                WordPressJson.text(node, "type"), title, excerptHtml, summary(excerptHtml), content,
                ApiValues.utc(WordPressJson.text(node, "date_gmt")), ApiValues.utc(WordPressJson.text(node, "modified_gmt")),
                ids(node.path("categories")), ids(node.path("tags")), embedded(node));
    }

    /**
     * The names of its categories, then of its tags, each once: as embedded, else as {@code known} names them (the
     * site's terms asked by id); the category nobody chose is left out.
     */
    public List<String> termNames(Map<Long, Term> known) {
        Set<String> names = new LinkedHashSet<>();
        List<Term> terms = embeddedTerms != null ? embeddedTerms
                : Stream.concat(categoryIds.stream(), tagIds.stream()).map(known::get).filter(Objects::nonNull)
                        .toList();
        terms.stream().filter(term -> term.taxonomy().equals(CATEGORY)).forEach(term -> add(names, term));
        terms.stream().filter(term -> term.taxonomy().equals(TAG)).forEach(term -> add(names, term));
        return List.copyOf(names);
    }

    /** Whether its categories and tags are ids only, their names to be asked of the site. */
    public boolean needsTermNames() {
        return embeddedTerms == null && !(categoryIds.isEmpty() && tagIds.isEmpty());
    }

    /** The place of this record: WordPress' guid, which its feed gives as well, else its link. */
    public String locator() {
        return guid != null ? guid : link.toString();
    }

    private static void add(Set<String> names, Term term) {
        if (term.name() != null && (term.slug() == null || !UNCATEGORISED.contains(term.slug()))) {
            names.add(term.name());
        }
    }

    /** {@code _embedded["wp:term"]}: one array per taxonomy, each of term objects. */
    private static List<Term> embedded(JsonNode node) {
        JsonNode groups = node.path("_embedded").path("wp:term");
        if (!groups.isArray()) {
            return null;
        }
        List<Term> terms = new ArrayList<>();
        for (JsonNode group : groups) {
            for (JsonNode term : group) {
                Term read = term(term);
                if (read != null) {
                    terms.add(read);
                }
            }
        }
        return terms;
    }

    /** A term object as {@code _embed} or the terms endpoints give it; null when it is not one. */
    static Term term(JsonNode node) {
        if (node == null || !node.isObject() || node.path("id").asLong(0) <= 0) {
            return null;
        }
        String taxonomy = WordPressJson.text(node, "taxonomy");
        return new Term(node.path("id").asLong(), WordPressJson.plain(WordPressJson.text(node, "name")),
                WordPressJson.text(node, "slug"), taxonomy == null ? "" : taxonomy);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> {
            if (id.canConvertToLong() && id.asLong() > 0) {
                ids.add(id.asLong());
            }
        });
        return ids;
    }

    private static boolean isEmpty(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        return body.text().isBlank() && body.select(MEDIA).isEmpty();
    }

    /** WordPress ends a made excerpt with a link to the post ("Baca selengkapnya"), which says nothing of it. */
    private static String withoutMoreLink(String excerpt) {
        if (excerpt == null) {
            return null;
        }
        Element body = Jsoup.parseBodyFragment(excerpt).body();
        body.select("a.more-link, .more-link").remove();
        return body.text().isBlank() ? null : body.html();
    }

    private static String summary(String excerptHtml) {
        if (excerptHtml == null) {
            return null;
        }
        String text = Jsoup.parseBodyFragment(excerptHtml).text().replaceAll("\\s*\\[(…|\\.\\.\\.)]\\s*$", "")
                .strip();
        return text.isEmpty() ? null : text;
    }

    /** When an unread record last changed ({@code modified_gmt}), or null: for a run's progress. */
    public static Instant modified(JsonNode node) {
        return ApiValues.utc(WordPressJson.text(node, "modified_gmt"));
    }
}
