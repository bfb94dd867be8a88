package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * What a citizen asked the search page for, made safe to search with: a page never fails on a hand-edited
 * address, it searches for what it can understand (unknown kinds are dropped, pages clamped, long text cut).
 * It also writes the links that change one thing about the search (another page, a filter).
 *
 * @param page zero-based, as the search takes it; the page shows it one-based
 */
record SearchForm(String q, List<String> agencies, List<String> kinds, List<String> klasifikasi, int page,
                  boolean includeExpired) {

    static final int PAGE_SIZE = 10;
    /** The search refuses to go beyond its first 10 000 results. */
    static final int LAST_PAGE = 10_000 / PAGE_SIZE - 1;
    static final int MAX_QUERY_LENGTH = 500;
    private static final int MAX_FILTER_VALUES = 20;
    private static final Set<String> KINDS =
            Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /**
     * @param klasifikasi classes as addresses write them ("serta-merta") or by name; exempt information is never
     *                    searched for, so that class is dropped like any unknown one
     */
    static SearchForm of(String q, List<String> agencies, List<String> kinds, List<String> klasifikasi, String page,
                         String includeExpired) {
        String words = q == null ? "" : q.strip();
        if (words.length() > MAX_QUERY_LENGTH) {
            words = words.substring(0, MAX_QUERY_LENGTH);
        }
        List<String> agencyCodes = distinct(agencies).stream().limit(MAX_FILTER_VALUES).toList();
        List<String> kindNames = distinct(kinds).stream().map(kind -> kind.toUpperCase(Locale.ROOT))
                .filter(KINDS::contains).toList();
        List<String> classes = distinct(klasifikasi).stream().map(Klasifikasi::of).flatMap(Optional::stream)
                .filter(Klasifikasi::isPublic).map(Enum::name).distinct().toList();
        return new SearchForm(words, agencyCodes, kindNames, classes, pageNumber(page),
                "true".equalsIgnoreCase(includeExpired) || "on".equalsIgnoreCase(includeExpired));
    }

    public boolean hasWords() {
        return !q.isEmpty();
    }

    public boolean isFiltered() {
        return !agencies.isEmpty() || !kinds.isEmpty() || !klasifikasi.isEmpty() || includeExpired;
    }

    /** This search at another page (zero-based). */
    String pageHref(int otherPage) {
        return href(agencies, kinds, klasifikasi, otherPage, includeExpired);
    }

    /** This search from its first page without any filter. */
    public String unfilteredHref() {
        return href(List.of(), List.of(), List.of(), 0, false);
    }

    /** Encoded as a browser encodes a GET form, so the links and the form give the same addresses. */
    private String href(List<String> agencyCodes, List<String> kindNames, List<String> classes, int atPage,
                        boolean expired) {
        StringJoiner query = new StringJoiner("&", "/?", "").setEmptyValue("/");
        if (hasWords()) {
            query.add("q=" + encoded(q));
        }
        agencyCodes.forEach(code -> query.add("agency=" + encoded(code)));
        kindNames.forEach(kind -> query.add("kind=" + kind.toLowerCase(Locale.ROOT)));
        classes.forEach(name -> query.add("klasifikasi=" + Klasifikasi.valueOf(name).word()));
        if (expired) {
            query.add("includeExpired=true");
        }
        if (atPage > 0) {
            query.add("page=" + (atPage + 1));
        }
        return query.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The address bar counts pages from 1; anything that is not a page number means the first. */
    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(LAST_PAGE, Integer.parseInt(page.strip()) - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> distinct(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                String v = value == null ? "" : value.strip();
                if (!v.isEmpty() && v.length() <= 100 && !result.contains(v)) {
                    result.add(v);
                }
            }
        }
        return result;
    }
}
