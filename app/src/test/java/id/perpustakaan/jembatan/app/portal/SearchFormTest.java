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
}
