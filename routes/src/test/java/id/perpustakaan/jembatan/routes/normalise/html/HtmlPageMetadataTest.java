package id.perpustakaan.jembatan.routes.normalise.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlPageMetadataTest {

    private static PageMetadata metadata(String head, String body) {
        return PageMetadata.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://disdik.sawahluntokota.go.id/berita/1"), "https://disdik.sawahluntokota.go.id/berita/1");
    }

    @ParameterizedTest(name = "\"{0}\" is titled \"{1}\"")
    @CsvSource(delimiter = ';', textBlock = """
            Pengumuman Beasiswa | Dinas Pendidikan                        ; Pengumuman Beasiswa
            Hasil Seleksi CPNS 2024 - Pemerintah Kota Sawahlunto          ; Hasil Seleksi CPNS 2024
            Vaksinasi Covid-19 untuk Lansia – Dinas Kesehatan             ; Vaksinasi Covid-19 untuk Lansia
            Kalender Akademik 2024/2025                                   ; Kalender Akademik 2024/2025
            """)
    void dropsTheSiteNameThatTemplatesAppendToTheTitle(String title, String expected) {
        assertThat(metadata("<title>" + title + "</title>", "").title()).isEqualTo(expected);
    }

    @Test
    void prefersOpenGraphTitleThenTitleThenFirstHeading() {
        assertThat(metadata("<meta property='og:title' content='Judul OG'><title>Judul | Situs</title>", "<h1>H</h1>")
                .title()).isEqualTo("Judul OG");
        assertThat(metadata("", "<h1>Pengumuman Libur Sekolah</h1>").title()).isEqualTo("Pengumuman Libur Sekolah");
    }

    @Test
    void dropsTheSegmentThatIsTheSiteNameWhereverItIs() {
        PageMetadata page = metadata("<meta property='og:site_name' content='Dinas Pendidikan'>"
                + "<title>Dinas Pendidikan | Jadwal Ujian Sekolah</title>", "");

        assertThat(page.title()).isEqualTo("Jadwal Ujian Sekolah");
    }

    @Test
    void dropsTheSiteNameFromTheOpenGraphTitleWhenTheSiteNamesItselfLongerOrShorter() {
        PageMetadata page = metadata("<meta property='og:site_name' content='Dinas Pendidikan Kota Sawahlunto'>"
                + "<meta property='og:title' content='Jadwal Ujian Sekolah 2025 - Dinas Pendidikan'>", "");

        assertThat(page.title()).isEqualTo("Jadwal Ujian Sekolah 2025");
    }

    @Test
    void aTitleTooShortToBeTheArticlesOwnGivesWayToTheOnlyHeading() {
        assertThat(metadata("<title>Dinas</title>", "<h1>Layanan Perizinan Daring</h1>").title())
                .isEqualTo("Layanan Perizinan Daring");
        assertThat(metadata("<title>Dinas</title>", "<h1>Berita</h1><h1>Layanan Perizinan Daring</h1>").title())
                .as("with several headings none is surely the article's").isEqualTo("Dinas");
        assertThat(metadata("<title>Jadwal Ujian Sekolah 2025</title>", "<h1>Berita Terkini</h1>").title())
                .isEqualTo("Jadwal Ujian Sekolah 2025");
    }

    @Test
    void keepsTheTitleSegmentThatIsThePageHeading() {
        PageMetadata page = metadata("<title>Berita - Lomba Literasi - Dinas Pendidikan</title>",
                "<h1>Lomba Literasi</h1>");

        assertThat(page.title()).isEqualTo("Lomba Literasi");
    }

    @Test
    void takesTheDescriptionFromMetaDescriptionThenOpenGraph() {
        assertThat(metadata("<meta property='og:description' content='Dari OG.'>", "").description())
                .isEqualTo("Dari OG.");
        assertThat(metadata("<meta name='Description' content='Dari meta.'>"
                + "<meta property='og:description' content='Dari OG.'>", "").description()).isEqualTo("Dari meta.");
    }

    @Test
    void readsThePublicationTimeFromOpenGraphBeforeJsonLdTimeElementAndDcDate() {
        PageMetadata page = metadata("<meta property='article:published_time' content='2025-01-02T08:00:00+07:00'>"
                + "<script type='application/ld+json'>{\"datePublished\": \"2024-12-31\"}</script>"
                + "<meta name='DC.date' content='2020-01-01'>", "<time datetime='2019-05-05'>5 Mei</time>");

        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2025-01-02T01:00:00Z"));
    }

    @Test
    void findsTheJsonLdDateInArraysAndGraphsAndSkipsBrokenBlocks() {
        PageMetadata page = metadata("<script type='application/ld+json'>{ broken</script>"
                + "<script type='application/ld+json'>[{\"@type\": \"Organization\"},"
                + "{\"@graph\": [{\"@type\": \"WebPage\"}, {\"datePublished\": \"2025-02-10T09:30:00Z\"}]}]</script>",
                "");

        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2025-02-10T09:30:00Z"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            2025-02-10T09:30:00+07:00,     2025-02-10T02:30:00Z
            2025-02-10T09:30:00+0700,      2025-02-10T02:30:00Z
            2025-02-10T09:30:00.250Z,      2025-02-10T09:30:00.250Z
            2025-02-10 09:30:00,           2025-02-10T02:30:00Z
            2025-02-10T09:30,              2025-02-10T02:30:00Z
            2025-02-10,                    2025-02-09T17:00:00Z
            """)
    void acceptsTheIsoFormsSitesWriteTakingLocalTimesInSawahlunto(String value, String instant) {
        assertThat(PublishedDate.parse(value)).contains(Instant.parse(instant));
    }

    @ParameterizedTest(name = "\"{0}\" is not a date here")
    @CsvSource(textBlock = """
            10 Februari 2025
            10/02/2025
            kemarin
            2025-13-45
            """)
    void leavesDatesThatAreNotIsoToTheProseDateStep(String value) {
        assertThat(PublishedDate.parse(value)).isEmpty();
    }

    @Test
    void takesTheCanonicalLinkThenOpenGraphUrlThenTheFetchedAddressAllAbsolute() {
        assertThat(metadata("<link rel='canonical' href='/berita/kanonik'><meta property='og:url' content='/og'>", "")
                .canonicalUrl()).isEqualTo("https://disdik.sawahluntokota.go.id/berita/kanonik");
        assertThat(metadata("<meta property='og:url' content='/og'>", "").canonicalUrl())
                .isEqualTo("https://disdik.sawahluntokota.go.id/og");
        assertThat(metadata("", "").canonicalUrl()).isEqualTo("https://disdik.sawahluntokota.go.id/berita/1");
    }
}
