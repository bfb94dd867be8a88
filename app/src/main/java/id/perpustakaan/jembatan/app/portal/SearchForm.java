package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * address, it searches for what it can understand (unknown kinds are dropped, pages clamped, long text cut, a date
 * that is no date ignored). It also writes the links that change one thing about the search (another page, a
 * filter less, other words).
 *
 * @param years  years of publication
 * @param from   published on or after this day (WIB); {@code to} on or before
 * @param newest newest first instead of best match first
 * @param page   zero-based, as the search takes it; the page shows it one-based
 * @param tags   any of these tags, in any case: the kelurahan, kecamatan and target groups of programmes and events
 */
record SearchForm(String q, List<String> agencies, List<String> kinds, List<String> klasifikasi, List<Integer> years,
                  LocalDate from, LocalDate to, boolean newest, int page, boolean includeExpired, List<String> tags) {

    static final int PAGE_SIZE = 10;
    /** The search refuses to go beyond its first 10 000 results. */
    static final int LAST_PAGE = 10_000 / PAGE_SIZE - 1;
    static final int MAX_QUERY_LENGTH = 500;
    private static final int MAX_FILTER_VALUES = 20;
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;
    private static final Set<String> KINDS =
            Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /** A search without years, dates or order, as the first page knew it. */
    static SearchForm of(String q, List<String> agencies, List<String> kinds, List<String> klasifikasi, String page,
                         String includeExpired) {
        return of(q, agencies, kinds, klasifikasi, null, null, null, null, page, includeExpired);
    }

    /** A search without tags. */
    static SearchForm of(String q, List<String> agencies, List<String> kinds, List<String> klasifikasi,
                         List<String> years, String from, String to, String sort, String page,
                         String includeExpired) {
        return of(q, agencies, kinds, klasifikasi, years, from, to, sort, page, includeExpired, null);
    }

    /**
     * @param klasifikasi classes as addresses write them ("serta-merta") or by name; exempt information is never
     *                    searched for, so that class is dropped like any unknown one
     * @param sort        "newest" for newest first; anything else is best match first
     */
    static SearchForm of(String q, List<String> agencies, List<String> kinds, List<String> klasifikasi,
                         List<String> years, String from, String to, String sort, String page,
                         String includeExpired, List<String> tags) {
        String words = q == null ? "" : q.strip();
        if (words.length() > MAX_QUERY_LENGTH) {
            words = words.substring(0, MAX_QUERY_LENGTH);
        }
        List<String> agencyCodes = distinct(agencies).stream().limit(MAX_FILTER_VALUES).toList();
        List<String> kindNames = distinct(kinds).stream().map(kind -> kind.toUpperCase(Locale.ROOT))
                .filter(KINDS::contains).toList();
        List<String> classes = distinct(klasifikasi).stream().map(Klasifikasi::of).flatMap(Optional::stream)
                .filter(Klasifikasi::isPublic).map(Enum::name).distinct().toList();
        List<Integer> yearNumbers = distinct(years).stream().map(SearchForm::year).flatMap(Optional::stream)
                .distinct().sorted().limit(MAX_FILTER_VALUES).toList();
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            // the two boxes filled the wrong way round still mean the days between them
            LocalDate swap = fromDay;
            fromDay = toDay;
            toDay = swap;
        }
        return new SearchForm(words, agencyCodes, kindNames, classes, yearNumbers, fromDay, toDay,
                "newest".equalsIgnoreCase(sort == null ? "" : sort.strip()), pageNumber(page),
                "true".equalsIgnoreCase(includeExpired) || "on".equalsIgnoreCase(includeExpired),
                distinct(tags).stream().limit(MAX_FILTER_VALUES).toList());
    }

    public boolean hasWords() {
        return !q.isEmpty();
    }

    public boolean isFiltered() {
        return !agencies.isEmpty() || !kinds.isEmpty() || !klasifikasi.isEmpty() || !years.isEmpty() || from != null
                || to != null || includeExpired || !tags.isEmpty();
    }

    /**
     * Programmes or events asked for: the page becomes a finder of what one can still join, by kelurahan and target
     * group, and says "closed" where it otherwise says "expired".
     */
    public boolean isFinder() {
        return kinds.contains(DocumentKind.PROGRAMME.name()) || kinds.contains(DocumentKind.EVENT.name());
    }

    SearchQuery.Order order() {
        return newest ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE;
    }

    /** This search's own address: what a citizen shares or bookmarks. */
    public String href() {
        return pageHref(page);
    }

    /** This search at another page (zero-based). */
    String pageHref(int otherPage) {
        return new SearchForm(q, agencies, kinds, klasifikasi, years, from, to, newest, otherPage, includeExpired,
                tags).address();
    }

    /** This search from its first page without any filter, in its order. */
    public String unfilteredHref() {
        return new SearchForm(q, List.of(), List.of(), List.of(), List.of(), null, null, newest, 0, false, List.of())
                .address();
    }

    /** Other words with the same filters and order, from the first page (a spelling suggestion). */
    String withWordsHref(String words) {
        return new SearchForm(words, agencies, kinds, klasifikasi, years, from, to, newest, 0, includeExpired, tags)
                .address();
    }

    /** This search with expired announcements too, from the first page. */
    public String includingExpiredHref() {
        return new SearchForm(q, agencies, kinds, klasifikasi, years, from, to, newest, 0, true, tags).address();
    }

    /** The newest documents of this search as an RSS feed (the feed takes words, agencies and kinds). */
    public String feedHref() {
        StringJoiner query = new StringJoiner("&", "/feeds/search.rss?", "").setEmptyValue("/feeds/search.rss");
        if (hasWords()) {
            query.add("q=" + encoded(q));
        }
        agencies.forEach(code -> query.add("agency=" + encoded(code)));
        kinds.forEach(kind -> query.add("kind=" + kind.toLowerCase(Locale.ROOT)));
        return query.toString();
    }

    SearchForm withoutAgency(String code) {
        return new SearchForm(q, without(agencies, code), kinds, klasifikasi, years, from, to, newest, 0,
                includeExpired, tags);
    }

    SearchForm withoutKind(String kind) {
        return new SearchForm(q, agencies, without(kinds, kind), klasifikasi, years, from, to, newest, 0,
                includeExpired, tags);
    }

    SearchForm withoutKlasifikasi(String name) {
        return new SearchForm(q, agencies, kinds, without(klasifikasi, name), years, from, to, newest, 0,
                includeExpired, tags);
    }

    SearchForm withoutYear(int year) {
        return new SearchForm(q, agencies, kinds, klasifikasi, without(years, year), from, to, newest, 0,
                includeExpired, tags);
    }

    SearchForm withoutFrom() {
        return new SearchForm(q, agencies, kinds, klasifikasi, years, null, to, newest, 0, includeExpired, tags);
    }

    SearchForm withoutTo() {
        return new SearchForm(q, agencies, kinds, klasifikasi, years, from, null, newest, 0, includeExpired, tags);
    }

    SearchForm withoutExpired() {
        return new SearchForm(q, agencies, kinds, klasifikasi, years, from, to, newest, 0, false, tags);
    }

    SearchForm withoutTag(String tag) {
        return new SearchForm(q, agencies, kinds, klasifikasi, years, from, to, newest, 0, includeExpired,
                without(tags, tag));
    }

    /** This search narrowed to one more tag, from the first page: a finder's one-tap filter. */
    SearchForm withTag(String tag) {
        List<String> more = new ArrayList<>(tags);
        more.add(tag);
        return new SearchForm(q, agencies, kinds, klasifikasi, years, from, to, newest, 0, includeExpired,
                List.copyOf(more));
    }

    /** Encoded as a browser encodes the GET forms, in their order: the links and the forms give the same addresses. */
    String address() {
        StringJoiner query = new StringJoiner("&", "/?", "").setEmptyValue("/");
        if (hasWords()) {
            query.add("q=" + encoded(q));
        }
        if (newest) {
            query.add("sort=newest");
        }
        agencies.forEach(code -> query.add("agency=" + encoded(code)));
        kinds.forEach(kind -> query.add("kind=" + kind.toLowerCase(Locale.ROOT)));
        years.forEach(year -> query.add("year=" + year));
        if (from != null) {
            query.add("from=" + from);
        }
        if (to != null) {
            query.add("to=" + to);
        }
        classes().forEach(word -> query.add("klasifikasi=" + word));
        tags.forEach(tag -> query.add("tag=" + encoded(tag)));
        if (includeExpired) {
            query.add("includeExpired=true");
        }
        if (page > 0) {
            query.add("page=" + (page + 1));
        }
        return query.toString();
    }

    /** The classes as the address and the form write them ("serta-merta"). */
    public List<String> classes() {
        return klasifikasi.stream().map(name -> Klasifikasi.valueOf(name).word()).toList();
    }

    private static <T> List<T> without(List<T> values, T value) {
        return values.stream().filter(v -> !v.equals(value)).toList();
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

    private static Optional<Integer> year(String value) {
        try {
            int year = Integer.parseInt(value);
            return year >= FIRST_YEAR && year <= LAST_YEAR ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A day as a date field sends it (yyyy-MM-dd); {@code null} for an empty or unreadable one. */
    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR ? day : null;
        } catch (DateTimeParseException e) {
            return null;
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
