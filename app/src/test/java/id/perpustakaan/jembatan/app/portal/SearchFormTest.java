package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchFormTest {

    @Test
    void readsWhatABrowserFormSends() {
        SearchForm form = SearchForm.of(" beasiswa prestasi ", List.of("disdik"), List.of("announcement"), null, "2",
                "true");

        assertThat(form.q()).isEqualTo("beasiswa prestasi");
        assertThat(form.agencies()).containsExactly("disdik");
        assertThat(form.kinds()).containsExactly("ANNOUNCEMENT");
        assertThat(form.page()).isEqualTo(1);
        assertThat(form.includeExpired()).isTrue();
    }

    @Test
    void aHandEditedAddressSearchesForWhatItCan() {
        SearchForm form = SearchForm.of(null, List.of("", "disdik", "disdik"), List.of("poster", "news"), null, "abc",
                "ya");

        assertThat(form.q()).isEmpty();
        assertThat(form.agencies()).containsExactly("disdik");
        assertThat(form.kinds()).containsExactly("NEWS");
        assertThat(form.page()).isZero();
        assertThat(form.includeExpired()).isFalse();
        assertThat(SearchForm.of("x", null, null, null, "-4", null).page()).isZero();
        assertThat(SearchForm.of("x", null, null, null, "999999", null).page()).isEqualTo(SearchForm.LAST_PAGE);
        assertThat(SearchForm.of("a".repeat(900), null, null, null, null, null).q())
                .hasSize(SearchForm.MAX_QUERY_LENGTH);
    }

    @Test
    void classesAreTakenByWordOrNameAndExemptInformationIsNeverAFilter() {
        SearchForm form = SearchForm.of("banjir", null, null, List.of("serta-merta", "SETIAP_SAAT", "Serta Merta",
                "dikecualikan", "rahasia"), "2", null);

        assertThat(form.klasifikasi()).containsExactly("SERTA_MERTA", "SETIAP_SAAT");
        assertThat(form.isFiltered()).isTrue();
        assertThat(form.pageHref(0)).isEqualTo("/?q=banjir&klasifikasi=serta-merta&klasifikasi=setiap-saat");
        assertThat(form.unfilteredHref()).isEqualTo("/?q=banjir");
    }

    @Test
    void pageLinksKeepTheSearchAndEncodeItAsAFormWould() {
        SearchForm form = SearchForm.of("\"jam layanan\" & <b>", List.of("disdik"), List.of("news"), null, "1",
                "true");

        assertThat(form.pageHref(2)).isEqualTo(
                "/?q=%22jam+layanan%22+%26+%3Cb%3E&agency=disdik&kind=news&includeExpired=true&page=3");
        assertThat(form.pageHref(0)).doesNotContain("page=");
        assertThat(form.unfilteredHref()).isEqualTo("/?q=%22jam+layanan%22+%26+%3Cb%3E");
        assertThat(SearchForm.of("", null, null, null, null, null).unfilteredHref()).isEqualTo("/");
    }

    @Test
    void readsYearsDaysAndOrderAndForgivesWhatIsNoneOfThem() {
        SearchForm form = SearchForm.of("beasiswa", null, null, null, List.of("2025", "2024", "2025", "dua ribu", "99"),
                "2025-06-30", "2025-01-01", "NEWEST", null, null);

        assertThat(form.years()).containsExactly(2024, 2025);
        assertThat(form.from()).as("days the wrong way round still mean the days between").hasToString("2025-01-01");
        assertThat(form.to()).hasToString("2025-06-30");
        assertThat(form.newest()).isTrue();
        assertThat(form.href()).isEqualTo("/?q=beasiswa&sort=newest&year=2024&year=2025&from=2025-01-01"
                + "&to=2025-06-30");
        SearchForm forgiven = SearchForm.of("x", null, null, null, null, "31/12/2025", "", "acak", null, null);
        assertThat(forgiven.from()).isNull();
        assertThat(forgiven.to()).isNull();
        assertThat(forgiven.newest()).isFalse();
    }

    @Test
    void aSuggestionKeepsTheFiltersAndOrderAndStartsAtTheFirstPage() {
        SearchForm form = SearchForm.of("beasisswa", List.of("disdik"), List.of("announcement"), null,
                List.of("2025"), null, null, "newest", "3", null);

        assertThat(form.withWordsHref("beasiswa"))
                .isEqualTo("/?q=beasiswa&sort=newest&agency=disdik&kind=announcement&year=2025");
        assertThat(form.includingExpiredHref())
                .isEqualTo("/?q=beasisswa&sort=newest&agency=disdik&kind=announcement&year=2025&includeExpired=true");
    }

    @Test
    void theFeedOfASearchCarriesWhatTheFeedTakes() {
        SearchForm form = SearchForm.of("jam layanan", List.of("disdik"), List.of("regulation"), null,
                List.of("2025"), null, null, "newest", "2", null);

        assertThat(form.feedHref()).isEqualTo("/feeds/search.rss?q=jam+layanan&agency=disdik&kind=regulation");
        assertThat(SearchForm.of(null, null, null, null, null, null).feedHref()).isEqualTo("/feeds/search.rss");
    }

    @Test
    void tagsAreKeptAsWrittenAndTravelInTheAddressAfterTheClasses() {
        SearchForm form = SearchForm.of("posyandu", null, List.of("programme"), List.of("berkala"), null, null, null,
                null, "2", null, List.of(" Saringan ", "", "balita", "Saringan", "x".repeat(101)));

        assertThat(form.tags()).containsExactly("Saringan", "balita");
        assertThat(form.isFinder()).isTrue();
        assertThat(form.isFiltered()).isTrue();
        assertThat(form.href()).isEqualTo("/?q=posyandu&kind=programme&klasifikasi=berkala&tag=Saringan&tag=balita"
                + "&page=2");
        assertThat(form.withoutTag("Saringan").address())
                .isEqualTo("/?q=posyandu&kind=programme&klasifikasi=berkala&tag=balita");
        assertThat(form.withTag("Kolok Mudik").address()).isEqualTo("/?q=posyandu&kind=programme&klasifikasi=berkala"
                + "&tag=Saringan&tag=balita&tag=Kolok+Mudik");
        assertThat(SearchForm.of("x", null, List.of("event"), null, null, null).isFinder()).isTrue();
        assertThat(SearchForm.of("x", null, List.of("news"), null, null, null).isFinder()).isFalse();
    }
}
