package id.perpustakaan.jembatan.routes.normalise.html;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.routes.normalise.html.HtmlContent.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlNormaliserTest {

    private static final String DISDIK = "https://disdik.sawahluntokota.go.id/berita/pengumuman-beasiswa-prestasi-2025";
    private static final String SETDA = "https://sawahluntokota.go.id/index.php?p=pengumuman&id=17";

    @Test
    void keepsTheAnnouncementAndDropsNavigationSidebarShareBarCommentsFooterAndCookieNotice() throws IOException {
        HtmlContent page = HtmlNormaliser.normalise(fixture("disdik-pengumuman-beasiswa.html"), DISDIK);

        assertThat(page.text())
                .startsWith("Pengumuman Beasiswa Prestasi 2025")
                .contains("membuka pendaftaran Beasiswa Prestasi", "Persyaratan",
                        "Surat keterangan tidak mampu dari kelurahan atau desa;",
                        "Seleksi berkas | 1–7 April 2025", "Formulir Pendaftaran Beasiswa 2025")
                .doesNotContain("Beranda", "Profil", "Selamat datang", "Bagikan", "WhatsApp", "Berita Terkait",
                        "Penerimaan Peserta Didik Baru", "Komentar", "SMK", "Pengumuman Terbaru", "Kalender",
                        "Hak cipta", "cookie", "dataLayer");
    }

    @Test
    void separatesParagraphsWithBlankLinesAndPutsListItemsAndTableRowsOnTheirOwnLines() throws IOException {
        HtmlContent page = HtmlNormaliser.normalise(fixture("disdik-pengumuman-beasiswa.html"), DISDIK);

        assertThat(page.text())
                .contains("keluarga kurang mampu.\n\nPendaftaran dibuka mulai 10 Februari")
                .contains("dilegalisir kepala sekolah;\nSurat keterangan")
                .contains("Jadwal seleksi\nTahap | Tanggal\nSeleksi berkas | 1–7 April 2025\nWawancara | 14 April 2025")
                .doesNotContain("\n\n\n", "  ");
    }

    @Test
    void readsTitleDescriptionJsonLdDateAndCanonicalAddressFromTheHead() throws IOException {
        HtmlContent page = HtmlNormaliser.normalise(fixture("disdik-pengumuman-beasiswa.html"), DISDIK);

        assertThat(page.title()).isEqualTo("Pengumuman Beasiswa Prestasi 2025");
        assertThat(page.description())
                .isEqualTo("Pendaftaran Beasiswa Prestasi Kota Sawahlunto 2025 dibuka sampai 31 Maret 2025.");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2025-02-10T02:30:00Z"));
        assertThat(page.canonicalUrl())
                .isEqualTo("https://disdik.sawahluntokota.go.id/berita/pengumuman-beasiswa-prestasi-2025");
    }

    @Test
    void listsTheArticlesDocumentsOnceWithAbsoluteAddressesAndTheirLinkText() throws IOException {
        HtmlContent page = HtmlNormaliser.normalise(fixture("disdik-pengumuman-beasiswa.html"), DISDIK);

        assertThat(page.attachments()).containsExactly(
                new Attachment("https://disdik.sawahluntokota.go.id/unduhan/formulir-beasiswa-2025.pdf",
                        "Formulir Pendaftaran Beasiswa 2025"),
                new Attachment("https://disdik.sawahluntokota.go.id/berita/unduhan/juknis-beasiswa.docx?v=2",
                        "Petunjuk Teknis"));
    }

    @Test
    void findsTheArticleOfALayoutTableByItsProseAndItsAttachmentsByExtensionOrType() throws IOException {
        HtmlContent page = HtmlNormaliser.normalise(fixture("setda-pengumuman-tanpa-artikel.html"), SETDA);

        assertThat(page.text())
                .startsWith("Pengumuman Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama")
                .contains("uji kompetensi", "tidak dapat diganggu gugat")
                .doesNotContain("Beranda", "PPID", "Renstra");
        assertThat(page.attachments()).extracting(Attachment::url).containsExactly(
                "https://sawahluntokota.go.id/unduhan/hasil-seleksi-administrasi.PDF",
                "https://sawahluntokota.go.id/unduhan/jadwal");
    }

    @Test
    void cleansTheSiteNameFromTheTitleAndTakesADateOnlyValueAsMidnightInSawahlunto() throws IOException {
        HtmlContent page = HtmlNormaliser.normalise(fixture("setda-pengumuman-tanpa-artikel.html"), SETDA);

        assertThat(page.title()).isEqualTo("Pengumuman Seleksi Terbuka");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2025-03-03T17:00:00Z"));
        assertThat(page.canonicalUrl()).isEqualTo("https://sawahluntokota.go.id/pengumuman/seleksi-terbuka");
    }

    @Test
    void fallsBackToTheWholePageForAttachmentsWhenTheArticleLinksNone() {
        String html = """
                <html><body>
                  <article><p>Peraturan Wali Kota tentang tata cara pelayanan perizinan berusaha telah ditetapkan,
                    dan berlaku sejak tanggal diundangkan, sebagaimana tercantum dalam lampiran peraturan ini,
                    yang dapat dibaca di bagian unduhan pada halaman ini.</p></article>
                  <aside><a href="/files/perwako-12-2025.pdf"></a></aside>
                </body></html>""";

        HtmlContent page = HtmlNormaliser.normalise(html, "https://jdih.sawahluntokota.go.id/produk/12");

        assertThat(page.attachments()).containsExactly(
                new Attachment("https://jdih.sawahluntokota.go.id/files/perwako-12-2025.pdf", "perwako-12-2025.pdf"));
    }

    @Test
    void givesAnEmptyPageEmptyContentRatherThanFailing() {
        HtmlContent page = HtmlNormaliser.normalise("", null);

        assertThat(page.text()).isEmpty();
        assertThat(page.title()).isNull();
        assertThat(page.canonicalUrl()).isNull();
        assertThat(page.attachments()).isEmpty();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = HtmlNormaliserTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
