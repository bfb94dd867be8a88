package id.perpustakaan.jembatan.routes.wordpress;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.http.FetchException;
import id.perpustakaan.jembatan.connectors.http.FetchRequest;
import id.perpustakaan.jembatan.connectors.http.FetchResponse;
import id.perpustakaan.jembatan.connectors.wordpress.WordPressApiUnavailable;
import id.perpustakaan.jembatan.connectors.wordpress.WordPressHome;
import id.perpustakaan.jembatan.connectors.wordpress.WordPressPost;
import id.perpustakaan.jembatan.connectors.wordpress.WordPressPosts;
import id.perpustakaan.jembatan.connectors.wordpress.WordPressTerms;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.feed.WebPolicies;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WordPress site's REST API as a source reads it: found at {@code /wp-json/}, else where the home page says it is
 * (or {@code ?rest_route=/}, which every WordPress answers, pretty permalinks or not), and remembered per source;
 * its collections asked oldest change first ({@code orderby=modified&order=asc}) with their terms embedded
 * ({@code _embed=wp:term}), page after page. A site that refuses the API to the public (401, 403, an error such as
 * {@code rest_cannot_access}) is not asked at another address: {@link WordPressApiUnavailable} says so, and the
 * site's feed is read instead.
 */
final class WordPressApi {

    private static final Logger log = LoggerFactory.getLogger(WordPressApi.class);
    private static final int MAX_TERMS_PER_REQUEST = 100;

    /** One collection's records changed since the run's start, as far as the page limit let the run read them. */
    record Changes(List<JsonNode> posts, boolean cut) {
    }

    private final WebPolicies policies;
    private final Map<String, URI> roots = new ConcurrentHashMap<>();

    WordPressApi(WebPolicies policies) {
        this.policies = policies;
    }

    /**
     * Every page of the type's records changed after {@code since}, up to the source's page limit.
     *
     * @param home the site's home page, read only when the API is not at {@code /wp-json/}
     */
    Changes read(SourceDefinition source, String type, Optional<Instant> since, Supplier<WordPressHome> home)
            throws WordPressApiUnavailable {
        int size = WordPressKind.pageSize(source);
        int limit = WordPressKind.pageLimit(source);
        WordPressPosts answer = firstPage(source, type, since, home);
        URI root = roots.get(source.id());
        List<JsonNode> posts = new ArrayList<>(answer.posts());
        for (int page = 2; ; page++) {
            boolean last = answer.posts().size() < size
                    || answer.totalPages().isPresent() && page > answer.totalPages().getAsInt();
            if (last) {
                return new Changes(posts, false);
            }
            if (page > limit) {
                return new Changes(posts, true);
            }
            URI next = collection(root, type, query(size, page, since));
            try {
                answer = read(source, next);
            } catch (WordPressApiUnavailable e) {
                throw new ContentRejectedException("read", "page " + page + " of the " + type + " of "
                        + source.location() + " is not the REST API's answer: " + e.getMessage());
            } catch (EndOfCollection e) {
                // rest_post_invalid_page_number: records went since the first page counted them
                return new Changes(posts, false);
            }
            posts.addAll(answer.posts());
        }
    }

    /**
     * The names of the terms the posts carry as ids only (a site that does not embed them), asked of the site a
     * hundred at a time; a term that cannot be had is left out, not the post.
     */
    Map<Long, WordPressPost.Term> termNames(SourceDefinition source, Changes posts) {
        Set<Long> categories = new LinkedHashSet<>();
        Set<Long> tags = new LinkedHashSet<>();
        for (var node : posts.posts()) {
            if (node.isObject() && !node.path("_embedded").has("wp:term")) {
                node.path("categories").forEach(id -> categories.add(id.asLong()));
                node.path("tags").forEach(id -> tags.add(id.asLong()));
            }
        }
        Map<Long, WordPressPost.Term> names = new HashMap<>();
        names.putAll(terms(source, "categories", WordPressPost.CATEGORY, categories));
        names.putAll(terms(source, "tags", WordPressPost.TAG, tags));
        return names;
    }

    private Map<Long, WordPressPost.Term> terms(SourceDefinition source, String route, String taxonomy,
                                                Set<Long> ids) {
        Map<Long, WordPressPost.Term> terms = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += MAX_TERMS_PER_REQUEST) {
            List<Long> some = all.subList(from, Math.min(all.size(), from + MAX_TERMS_PER_REQUEST));
            URI url = collection(roots.get(source.id()), route, "include=" + some.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + "&per_page=" + MAX_TERMS_PER_REQUEST);
            try {
                terms.putAll(WordPressTerms.read(policies.fetcherFor(source).fetch(FetchRequest.of(url)).body(),
                        taxonomy));
            } catch (FetchException e) {
                log.info("source '{}': the names of {} {} cannot be had ({}): its posts go without them",
                        source.id(), some.size(), route, e.getMessage());
            }
        }
        return terms;
    }

    /** The first page at the root the source last answered at, else at the first root that answers. */
    private WordPressPosts firstPage(SourceDefinition source, String type, Optional<Instant> since,
                                     Supplier<WordPressHome> home) throws WordPressApiUnavailable {
        String query = query(WordPressKind.pageSize(source), 1, since);
        List<String> notThere = new ArrayList<>();
        for (Supplier<URI> candidate : candidates(source, home)) {
            URI root = candidate.get();
            if (root == null) {
                continue;
            }
            try {
                WordPressPosts answer = read(source, collection(root, type, query));
                if (!root.equals(roots.put(source.id(), root)) && !root.equals(wpJson(source))) {
                    log.info("source '{}': the REST API answers at {}", source.id(), root);
                }
                return answer;
            } catch (WordPressApiUnavailable e) {
                roots.remove(source.id(), root);
                if (e.refused()) {
                    throw e;
                }
                notThere.add(e.getMessage());
            } catch (EndOfCollection e) {
                throw new ContentRejectedException("read", "the REST API at " + root + " refuses the first page of"
                        + " its " + type + " (400 Bad Request): check that the source's url is the site's address");
            }
        }
        throw new WordPressApiUnavailable(String.join("; ", new LinkedHashSet<>(notThere)), false);
    }

    private List<Supplier<URI>> candidates(SourceDefinition source, Supplier<WordPressHome> home) {
        Set<URI> tried = new LinkedHashSet<>();
        List<Supplier<URI>> candidates = new ArrayList<>();
        for (Supplier<URI> root : List.<Supplier<URI>>of(() -> roots.get(source.id()), () -> wpJson(source),
                () -> home.get().apiRoot().orElse(null), () -> restRoute(source))) {
            candidates.add(() -> {
                URI uri = root.get();
                return uri != null && tried.add(uri) ? uri : null;
            });
        }
        return candidates;
    }

    private WordPressPosts read(SourceDefinition source, URI url) throws WordPressApiUnavailable, EndOfCollection {
        FetchResponse response;
        try {
            response = policies.fetcherFor(source).fetch(FetchRequest.of(url));
        } catch (FetchException e) {
            switch (e.status()) {
                case 401, 403 -> throw new WordPressApiUnavailable(e.getMessage(), true);
                case 404, 410 -> throw new WordPressApiUnavailable(e.getMessage(), false);
                case 400 -> throw new EndOfCollection();
                default -> throw new ContentRejectedException("fetch", e.getMessage(), e);
            }
        }
        return WordPressPosts.read(response.body(), response.contentType(),
                response.header(WordPressPosts.TOTAL_PAGES_HEADER).orElse(null), response.url());
    }

    /** WordPress' 400 past the last page ({@code rest_post_invalid_page_number}). */
    private static final class EndOfCollection extends Exception {
        EndOfCollection() {
            super(null, null, false, false);
        }
    }

    /**
     * The collection's query: {@code modified_after} a second before the latest change the last run saw, as
     * WordPress' "after" leaves out that second itself, where a post saved within the same second may wait.
     */
    static String query(int size, int page, Optional<Instant> since) {
        return "per_page=" + size + "&page=" + page + "&orderby=modified&order=asc&_embed=wp%3Aterm"
                + since.map(from -> "&modified_after=" + URLEncoder.encode(DateTimeFormatter.ISO_INSTANT
                        .format(from.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS)), StandardCharsets.UTF_8))
                .orElse("");
    }

    /**
     * A route under an API root: {@code …/wp-json/wp/v2/posts?…}, or {@code …/?rest_route=/wp/v2/posts&…} where
     * the route is a parameter.
     */
    static URI collection(URI root, String route, String query) {
        String base = root.toString();
        if (root.getRawQuery() != null && root.getRawQuery().contains("rest_route=")) {
            return URI.create(base + (base.endsWith("/") ? "" : "/") + "wp/v2/" + route + "&" + query);
        }
        return URI.create(base + (base.endsWith("/") ? "" : "/") + "wp/v2/" + route + "?" + query);
    }

    static URI site(SourceDefinition source) {
        String location = source.location().strip();
        return URI.create(location.endsWith("/") ? location : location + "/");
    }

    private static URI wpJson(SourceDefinition source) {
        return site(source).resolve("wp-json/");
    }

    private static URI restRoute(SourceDefinition source) {
        return URI.create(site(source) + "?rest_route=/");
    }
}
