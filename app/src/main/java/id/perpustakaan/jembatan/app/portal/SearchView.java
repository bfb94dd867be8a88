package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Everything the search page shows, ready to write: text to be escaped by the template, highlights already made
 * {@link SafeHtml}, links built by the {@link SearchForm}.
 *
 * @param firstNumber the number of the first result on this page (for the ordered list's {@code start})
 */
record SearchView(SearchForm form, long total, int firstNumber, List<ResultView> hits, List<FacetOption> agencies,
                  List<FacetOption> kinds, List<FacetOption> klasifikasi, Paging paging) {

    /** A filter value with its count; {@code selected} when the current search is filtered by it. */
    record FacetOption(String id, String value, String label, long count, boolean selected) {
    }

    /** A page link; {@code current} for the page shown. */
    record PageLink(int number, String href, boolean current) {
    }

    /** Links to the previous and next page ({@code null} where there is none), and to the pages around this one. */
    record Paging(String previous, String next, List<PageLink> pages) {

        public boolean isNeeded() {
            return pages.size() > 1;
        }
    }

    static SearchView of(SearchForm form, SearchResult result, Function<String, String> agencyNames, Locale locale) {
        DisplayFormat format = new DisplayFormat(locale);
        List<ResultView> hits = result.hits().stream()
                .map(hit -> ResultView.of(hit, agencyNames, format))
                .toList();
        return new SearchView(form, result.total(), form.page() * SearchForm.PAGE_SIZE + 1, hits,
                facet("agency", form.agencies(), result.facets().getOrDefault("agency", List.of()), agencyNames),
                facet("kind", form.kinds(), result.facets().getOrDefault("kind", List.of()), Function.identity()),
                facet("klasifikasi", form.klasifikasi(), result.facets().getOrDefault("klasifikasi", List.of())
                        .stream().filter(count -> !count.value().equals(Klasifikasi.DIKECUALIKAN.name())).toList(),
                        Function.identity()),
                paging(form, result.total()));
    }

    public boolean hasWords() {
        return form.hasWords();
    }

    /**
     * The values to offer: those the results have, with counts, and those already chosen even when no result has
     * them any more, so a citizen can always take a filter back.
     */
    private static List<FacetOption> facet(String name, List<String> chosen, List<SearchResult.FacetCount> counts,
                                           Function<String, String> labels) {
        List<FacetOption> options = new ArrayList<>();
        for (SearchResult.FacetCount count : counts) {
            boolean selected = chosen.stream().anyMatch(value -> value.equalsIgnoreCase(count.value()));
            options.add(new FacetOption(inputId(name, options.size()), value(name, count.value()),
                    labels.apply(count.value()), count.count(), selected));
        }
        for (String value : chosen) {
            if (counts.stream().noneMatch(count -> count.value().equalsIgnoreCase(value))) {
                options.add(new FacetOption(inputId(name, options.size()), value(name, value), labels.apply(value),
                        0, true));
            }
        }
        return options;
    }

    /** Kinds travel in lower case in addresses, as the API takes them, and classes as their words. */
    private static String value(String facet, String value) {
        return switch (facet) {
            case "kind" -> value.toLowerCase(Locale.ROOT);
            case "klasifikasi" -> Klasifikasi.of(value).map(Klasifikasi::word).orElse(value);
            default -> value;
        };
    }

    /** Input ids from positions, not values: an agency code is not necessarily a valid id. */
    private static String inputId(String facet, int position) {
        return "filter-" + facet + "-" + position;
    }

    private static Paging paging(SearchForm form, long total) {
        int pageCount = (int) Math.min(SearchForm.LAST_PAGE + 1L,
                (total + SearchForm.PAGE_SIZE - 1) / SearchForm.PAGE_SIZE);
        int current = form.page();
        // a window of five pages keeps the links few enough to tab through on a phone
        int first = Math.max(0, Math.min(current - 2, pageCount - 5));
        int last = Math.min(pageCount - 1, first + 4);
        List<PageLink> pages = new ArrayList<>();
        for (int page = first; page <= last; page++) {
            pages.add(new PageLink(page + 1, form.pageHref(page), page == current));
        }
        // beyond the last page (an old link), "previous" leads back to the last one that has results
        return new Paging(current > 0 ? form.pageHref(Math.min(current - 1, Math.max(0, pageCount - 1))) : null,
                current + 1 < pageCount ? form.pageHref(current + 1) : null, pages);
    }
}
