package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.util.List;
import java.util.Locale;

/** Request parameters of a search as the API and the feeds take them, with the message for a wrong one. */
public final class SearchParameters {

    public static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 100;

    private SearchParameters() {
    }

    public static void checkLength(String q) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("q is " + q.length() + " characters long; at most "
                    + MAX_QUERY_LENGTH + " are searched");
        }
    }

    public static SearchQuery.Order order(String value) {
        try {
            return SearchQuery.Order.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort '" + value + "' is not one of [relevance, newest]");
        }
    }

    /** Enum names of the kinds, given in any case. */
    public static List<String> kinds(List<String> values) {
        return values == null ? List.of() : values.stream().map(SearchParameters::kind).toList();
    }

    /** Classes of public information by their words or names ("serta-merta", "SERTA_MERTA"), as enum names. */
    public static List<String> classes(List<String> values) {
        return values == null ? List.of() : values.stream().map(value -> Klasifikasi.of(value)
                .orElseThrow(() -> new IllegalArgumentException("klasifikasi '" + value + "' is not one of"
                        + " [berkala, serta-merta, setiap-saat]")).name()).toList();
    }

    /** Tags to filter by: at most 20, each at most 100 characters, blanks left out. */
    public static List<String> tags(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> tags = values.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException(tags.size() + " tags given; at most " + MAX_TAGS + " are filtered by");
        }
        tags.stream().filter(tag -> tag.length() > MAX_TAG_LENGTH).findFirst().ifPresent(tag -> {
            throw new IllegalArgumentException("a tag of " + tag.length() + " characters; at most " + MAX_TAG_LENGTH);
        });
        return tags;
    }

    static String kind(String value) {
        try {
            return DocumentKind.valueOf(value.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + value + "' is not one of "
                    + List.of(DocumentKind.values()).toString().toLowerCase(Locale.ROOT));
        }
    }
}
