package id.perpustakaan.jembatan.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingCollectTest {

    private static final URI BERITA = URI.create("https://disdik.sawahluntokota.go.id/berita");
    private static final URI BERITA_2 = URI.create("https://disdik.sawahluntokota.go.id/berita?halaman=2");
    private static final ListingSelectors HEADLINES = new ListingSelectors("article h2 a", "a.next", null, null, null);

    /** Serves saved pages by address and records which were asked for, as a fetcher would be. */
    private static final class SavedSite implements ListingReader<SelectorException> {

        private final Map<URI, String> pages;
        private final List<URI> requested = new ArrayList<>();

        SavedSite(Map<URI, String> pages) {
            this.pages = pages;
        }

        @Override
        public ListingPage read(URI page) throws SelectorException {
            requested.add(page);
            return Listings.read(WebFixtures.bytes(pages.get(page)), "text/html", page, HEADLINES);
        }
    }

    @Test
    void followsNextPagesAndReturnsAllItemsInPageOrder() throws SelectorException {
        SavedSite site = new SavedSite(Map.of(BERITA, "berita-halaman-1.html", BERITA_2, "berita-halaman-2.html"));

        List<URI> items = Listings.collect(BERITA, 10, site);

        assertThat(site.requested).containsExactly(BERITA, BERITA_2);
        assertThat(items).extracting(URI::getPath).containsExactly(
                "/berita/2024/03/sosialisasi-ppdb-2024",
                "/berita/2024/03/lomba-literasi-sd",
                "/berita/2024/02/Hasil Seleksi Guru Penggerak.html",
                "/berita/2024/02/rapat-koordinasi-kepala-sekolah",
                "/berita/2024/01/pembagian-rapor-semester-ganjil");
    }

    @Test
    void stopsWhenANextPageLeadsBackToAPageAlreadyRead() throws SelectorException {
        SavedSite site = new SavedSite(Map.of(BERITA, "berita-halaman-1.html",
                BERITA_2, "berita-halaman-2-kembali-ke-1.html"));

        List<URI> items = Listings.collect(BERITA, 10, site);

        assertThat(site.requested).containsExactly(BERITA, BERITA_2);
        assertThat(items).hasSize(4);
    }

    @Test
    void keepsAnItemRepeatedOnLaterPagesOnceWhereItFirstAppeared() throws SelectorException {
        SavedSite site = new SavedSite(Map.of(BERITA, "berita-halaman-1.html",
                BERITA_2, "berita-halaman-2-kembali-ke-1.html"));

        List<URI> items = Listings.collect(BERITA, 10, site);

        assertThat(items).extracting(URI::getPath).containsExactly(
                "/berita/2024/03/sosialisasi-ppdb-2024",
                "/berita/2024/03/lomba-literasi-sd",
                "/berita/2024/02/Hasil Seleksi Guru Penggerak.html",
                "/berita/2024/02/rapat-koordinasi-kepala-sekolah");
    }

    @Test
    void readsNoMorePagesThanTheLimit() throws SelectorException {
        SavedSite site = new SavedSite(Map.of(BERITA, "berita-halaman-1.html", BERITA_2, "berita-halaman-2.html"));

        List<URI> items = Listings.collect(BERITA, 1, site);

        assertThat(site.requested).containsExactly(BERITA);
        assertThat(items).hasSize(3);
    }

    @Test
    void passesTheReadersFailureOnToTheCaller() {
        SavedSite site = new SavedSite(Map.of(BERITA, "berita-halaman-1.html", BERITA_2, "sambutan-windows-1252.html"));

        assertThatThrownBy(() -> Listings.collect(BERITA, 10, site))
                .isInstanceOf(SelectorException.class)
                .hasMessageContaining("matched no links on " + BERITA_2);
    }

    @Test
    void refusesAPageLimitBelowOne() {
        SavedSite site = new SavedSite(Map.of());

        assertThatThrownBy(() -> Listings.collect(BERITA, 0, site)).isInstanceOf(IllegalArgumentException.class);
        assertThat(site.requested).isEmpty();
    }
}
