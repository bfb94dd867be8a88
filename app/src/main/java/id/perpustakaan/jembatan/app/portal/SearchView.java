package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Everything the search page shows, ready to write: text to be escaped by the template, highlights already made
 * {@link SafeHtml}, links built by the {@link SearchForm}.
 *
 * @param firstNumber   the number of the first result on this page (for the ordered list's {@code start})
 * @param chips         the filters in force, each with a link that takes it back
 * @param didYouMean    the words as the index spells them, when the search's are not ({@code null} otherwise); its
 *                      link searches them with the same filters
 * @param expiredHidden how many expired announcements match but are hidden (0 when they are shown)
 * @param shareUrl      this search's full address, to share or bookmark
 * @param tags          the tags of the results (kelurahan, kecamatan, target groups), offered to a finder
 * @param tagLinks      a finder's commonest tags not chosen yet, each a link that narrows the search to it
 */
record SearchView(SearchForm form, long total, int firstNumber, List<ResultView> hits, List<FacetOption> agencies,
                  List<FacetOption> kinds, List<FacetOption> klasifikasi, List<FacetOption> years, Paging paging,
                  List<SelectedFilters.Chip> chips, String didYouMean, String didYouMeanHref, long expiredHidden,
                  String shareUrl, List<FacetOption> tags, List<TagLink> tagLinks) {

    /** Enough one-tap tags for a kelurahan or two and their target groups, few enough to read on a phone. */
    static final int TAG_LINKS = 12;

    /** A tag to narrow a finder to, with how many results have it. */
    record TagLink(String label, long count, String href) {
    }

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

        /**
         * @param current   the page shown, zero-based
         * @param pageCount how many pages there are
         * @param href      the address of a page, zero-based
         */
        static Paging of(int current, int pageCount, IntFunction<String> href) {
            // a window of five pages keeps the links few enough to tab through on a phone
            int first = Math.max(0, Math.min(current - 2, pageCount - 5));
            int last = Math.min(pageCount - 1, first + 4);
            List<PageLink> pages = new ArrayList<>();
            for (int page = first; page <= last; page++) {
                pages.add(new PageLink(page + 1, href.apply(page), page == current));
            }
            // beyond the last page (an old link), "previous" leads back to the last one that has results
            return new Paging(current > 0 ? href.apply(Math.min(current - 1, Math.max(0, pageCount - 1))) : null,
                    current + 1 < pageCount ? href.apply(current + 1) : null, pages);
        }
    }

    /** @param base the portal's public address, for the share link */
    static SearchView of(SearchForm form, SearchResult result, long expiredHidden, Function<String, String> agencyNames,
                         Locale locale, Clock clock, String base) {
        DisplayFormat format = new DisplayFormat(locale);
        List<ResultView> hits = result.hits().stream()
                .map(hit -> ResultView.of(hit, agencyNames, format, clock))
                .toList();
        String suggestion = result.didYouMean();
        List<FacetOption> tags = facet("tag", form.tags(), result.facets().getOrDefault("tag", List.of()),
                Function.identity());
        List<TagLink> tagLinks = !form.isFinder() ? List.of() : tags.stream()
                .filter(option -> !option.selected()).limit(TAG_LINKS)
                .map(option -> new TagLink(option.label(), option.count(), form.withTag(option.value()).address()))
                .toList();
        return new SearchView(form, result.total(), form.page() * SearchForm.PAGE_SIZE + 1, hits,
                facet("agency", form.agencies(), result.facets().getOrDefault("agency", List.of()), agencyNames),
                facet("kind", form.kinds(), result.facets().getOrDefault("kind", List.of()), Function.identity()),
                facet("klasifikasi", form.klasifikasi(), result.facets().getOrDefault("klasifikasi", List.of())
                        .stream().filter(count -> !count.value().equals(Klasifikasi.DIKECUALIKAN.name())).toList(),
                        Function.identity()),
                facet("year", form.years().stream().map(String::valueOf).toList(),
                        result.facets().getOrDefault("year", List.of()), Function.identity()),
                paging(form, result.total()), SelectedFilters.of(form, agencyNames, format), suggestion,
                suggestion == null ? null : form.withWordsHref(suggestion), expiredHidden,
                (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + form.pageHref(0), tags,
                tagLinks);
    }

    public boolean hasWords() {
        return form.hasWords();
    }

    /** Tags are offered where they mean something (programmes, events) and wherever one is chosen, to take back. */
    public boolean offersTags() {
        return !tags.isEmpty() && (form.isFinder() || !form.tags().isEmpty());
    }

    /**
     * The values to offer: those the results have, with counts, and those already chosen even when no result has
     * them any more, so a citizen can always take a filter back.
     */
    static List<FacetOption> facet(String name, List<String> chosen, List<SearchResult.FacetCount> counts,
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
        return Paging.of(form.page(), pageCount, form::pageHref);
    }
}
