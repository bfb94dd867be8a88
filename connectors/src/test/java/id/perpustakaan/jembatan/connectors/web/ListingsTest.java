package id.perpustakaan.jembatan.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingsTest {

    private static final String HTML = "text/html; charset=UTF-8";
    private static final URI BERITA = URI.create("https://disdik.sawahluntokota.go.id/berita");
    private static final URI BERITA_2 = URI.create("https://disdik.sawahluntokota.go.id/berita?halaman=2");
    private static final ListingSelectors HEADLINES = new ListingSelectors("article h2 a", "a.next", null, null, null);

    @Test
    void picksTheArticleLinksButNotNavigationSidebarOrFooterLinks() throws SelectorException {
        ListingPage page = Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA, HEADLINES);

        assertThat(page.items()).containsExactly(
                URI.create("https://disdik.sawahluntokota.go.id/berita/2024/03/sosialisasi-ppdb-2024"),
                URI.create("https://disdik.sawahluntokota.go.id/berita/2024/03/lomba-literasi-sd"),
                URI.create("https://disdik.sawahluntokota.go.id/berita/2024/02/Hasil%20Seleksi%20Guru%20Penggerak.html"));
    }

    @Test
    void resolvesRelativeLinksDropsFragmentsAndKeepsEachLinkOnceInPageOrder() throws SelectorException {
        // Every card links its article twice (headline and "Selengkapnya", once with #baca).
        ListingPage page = Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA,
                ListingSelectors.items(".post-list a"));

        assertThat(page.items()).containsExactly(
                URI.create("https://disdik.sawahluntokota.go.id/berita/2024/03/sosialisasi-ppdb-2024"),
                URI.create("https://disdik.sawahluntokota.go.id/berita/2024/03/lomba-literasi-sd"),
                URI.create("https://disdik.sawahluntokota.go.id/berita/2024/02/Hasil%20Seleksi%20Guru%20Penggerak.html"));
    }

    @Test
    void ignoresJavascriptAndMailtoLinks() throws SelectorException {
        ListingPage page = Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA,
                ListingSelectors.items(".post-list a.share, article h2 a"));

        assertThat(page.items()).hasSize(3).allSatisfy(item -> assertThat(item.getScheme()).isEqualTo("https"));
    }

    @Test
    void takesTheFirstLinkInsideAnArticleCardTheSelectorPoints() throws SelectorException {
        ListingPage page = Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA,
                ListingSelectors.items("article.post"));

        assertThat(page.items()).first()
                .isEqualTo(URI.create("https://disdik.sawahluntokota.go.id/berita/2024/03/sosialisasi-ppdb-2024"));
        assertThat(page.items()).hasSize(3);
    }

    @Test
    void findsTheNextPageThroughTheSelanjutnyaLink() throws SelectorException {
        ListingPage page = Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA, HEADLINES);

        assertThat(page.next()).contains(BERITA_2);
    }

    @Test
    void fallsBackToRelNextWhenNoNextPageSelectorIsGiven() throws SelectorException {
        ListingPage page = Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA,
                ListingSelectors.items("article h2 a"));

        assertThat(page.next()).contains(BERITA_2);
    }

    @Test
    void theLastPageHasTheLastItemsAndNoNextPage() throws SelectorException {
        ListingPage page = Listings.read(WebFixtures.bytes("berita-halaman-2.html"), HTML, BERITA_2, HEADLINES);

        assertThat(page.items()).containsExactly(
                URI.create("https://disdik.sawahluntokota.go.id/berita/2024/02/rapat-koordinasi-kepala-sekolah"),
                URI.create("https://disdik.sawahluntokota.go.id/berita/2024/01/pembagian-rapor-semester-ganjil"));
        assertThat(page.next()).isEmpty();
    }

    @Test
    void neverGivesThePageItselfAsItsNextPage() throws SelectorException {
        URI page3 = URI.create("https://disdik.sawahluntokota.go.id/pengumuman/page/3/");
        byte[] html = WebFixtures.bytes("pengumuman-halaman-3-menunjuk-dirinya.html");

        Optional<URI> bySelector = Listings.read(html, HTML, page3,
                new ListingSelectors(".daftar-pengumuman a", "a.berikutnya", null, null, null)).next();
        Optional<URI> byRelNext = Listings.read(html, HTML, page3, ListingSelectors.items(".daftar-pengumuman a")).next();

        assertThat(bySelector).isEmpty();
        assertThat(byRelNext).isEmpty();
    }

    @Test
    void failsWithAReasonWhenTheItemSelectorMatchesNoLinks() {
        assertThatThrownBy(() -> Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA,
                ListingSelectors.items("div.daftar-berita h3 a")))
                .isInstanceOf(SelectorException.class)
                .hasMessage("selector 'div.daftar-berita h3 a' matched no links on https://disdik.sawahluntokota.go.id/berita"
                        + " (check the page layout)")
                .extracting(e -> ((SelectorException) e).selector()).isEqualTo("div.daftar-berita h3 a");
    }

    @Test
    void failsWithAReasonWhenTheItemSelectorMatchesOnlyElementsWithoutWebLinks() {
        assertThatThrownBy(() -> Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA,
                ListingSelectors.items("a.share")))
                .isInstanceOf(SelectorException.class)
                .hasMessage("selector 'a.share' matched 2 elements on https://disdik.sawahluntokota.go.id/berita"
                        + " but none links to a web page (check the page layout)");
    }

    @Test
    void failsWithAReasonWhenTheItemSelectorIsNotValidCss() {
        assertThatThrownBy(() -> Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA,
                ListingSelectors.items("article[")))
                .isInstanceOf(SelectorException.class)
                .hasMessageStartingWith("selector 'article[' is not valid CSS: ");
    }

    @Test
    void failsWhenTheNextPageSelectorIsNotValidCssEvenIfItemsAreFound() {
        assertThatThrownBy(() -> Listings.read(WebFixtures.bytes("berita-halaman-1.html"), HTML, BERITA,
                new ListingSelectors("article h2 a", "a.next >", null, null, null)))
                .isInstanceOf(SelectorException.class)
                .hasMessageStartingWith("selector 'a.next >' is not valid CSS: ");
    }

    @Test
    void requiresAnItemSelectorAndTreatsBlankOptionalSelectorsAsAbsent() {
        assertThatThrownBy(() -> new ListingSelectors(" ", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);

        ListingSelectors selectors = new ListingSelectors(" article h2 a ", "", " ", null, "time");
        assertThat(selectors.itemLinks()).isEqualTo("article h2 a");
        assertThat(selectors.nextPage()).isNull();
        assertThat(selectors.title()).isNull();
        assertThat(selectors.date()).isEqualTo("time");
    }
}
