package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectedFiltersTest {

    private static final Map<String, String> AGENCIES = Map.of("disdik", "Dinas Pendidikan");

    @Test
    void eachFilterInForceIsALinkToTheSameSearchWithoutIt() {
        SearchForm form = SearchForm.of("beasiswa", List.of("disdik"), List.of("announcement"), List.of("berkala"),
                List.of("2025"), "2025-01-01", "2025-06-30", "newest", "3", "true");

        List<SelectedFilters.Chip> chips = SelectedFilters.of(form, code -> AGENCIES.getOrDefault(code, code),
                new DisplayFormat(Locale.forLanguageTag("id")));

        assertThat(chips).extracting(SelectedFilters.Chip::filter)
                .containsExactly("agency", "kind", "klasifikasi", "year", "from", "to", "expired");
        assertThat(chips.get(0).label()).isEqualTo("Dinas Pendidikan");
        assertThat(chips.get(1).labelKey()).isEqualTo("kind.ANNOUNCEMENT");
        assertThat(chips.get(4).label()).isEqualTo("1 Januari 2025");
        String all = "sort=newest&agency=disdik&kind=announcement&year=2025&from=2025-01-01&to=2025-06-30"
                + "&klasifikasi=berkala&includeExpired=true";
        // every removal starts again from the first page, keeping words, order and the other filters
        assertThat(chips).extracting(SelectedFilters.Chip::href).containsExactly(
                "/?q=beasiswa&" + all.replace("agency=disdik&", ""),
                "/?q=beasiswa&" + all.replace("kind=announcement&", ""),
                "/?q=beasiswa&" + all.replace("&klasifikasi=berkala", ""),
                "/?q=beasiswa&" + all.replace("year=2025&", ""),
                "/?q=beasiswa&" + all.replace("from=2025-01-01&", ""),
                "/?q=beasiswa&" + all.replace("to=2025-06-30&", ""),
                "/?q=beasiswa&" + all.replace("&includeExpired=true", ""));
    }

    @Test
    void aSearchWithoutFiltersHasNoChips() {
        SearchForm form = SearchForm.of("beasiswa", null, null, null, null, null, null, "newest", null, null);

        assertThat(SelectedFilters.of(form, code -> code, new DisplayFormat(Locale.ENGLISH))).isEmpty();
        assertThat(form.isFiltered()).as("an order is not a filter").isFalse();
    }

    @Test
    void aFinderAlwaysSaysWhetherItShowsOnlyWhatIsStillOpenAndEachTagIsAChip() {
        SearchForm open = SearchForm.of("", null, List.of("programme"), null, null, null, null, null, null, null,
                List.of("Saringan"));

        List<SelectedFilters.Chip> chips = SelectedFilters.of(open, code -> code,
                new DisplayFormat(Locale.forLanguageTag("id")));

        assertThat(chips).extracting(SelectedFilters.Chip::filter).containsExactly("kind", "tag", "open");
        assertThat(chips.get(1).label()).isEqualTo("Saringan");
        assertThat(chips.get(1).href()).isEqualTo("/?kind=programme");
        assertThat(chips.get(2).labelKey()).isEqualTo("filters.open.chip");
        assertThat(chips.get(2).href()).isEqualTo("/?kind=programme&tag=Saringan&includeExpired=true");

        SearchForm closedToo = SearchForm.of("", null, List.of("programme"), null, null, null, null, null, null,
                "true", null);
        SelectedFilters.Chip registration = SelectedFilters.of(closedToo, code -> code,
                new DisplayFormat(Locale.ENGLISH)).get(1);
        assertThat(registration.labelKey()).isEqualTo("filters.open.closedToo");
        assertThat(registration.href()).isEqualTo("/?kind=programme");
    }
}
