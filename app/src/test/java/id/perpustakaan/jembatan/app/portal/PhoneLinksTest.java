package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneLinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Telepon 0754-61234.                 | 0754-61234          | tel:+6275461234",
        "Telepon (0754) 61234, faks.         | (0754) 61234        | tel:+6275461234",
        "HP 0812-3456-7890 (Budi)            | 0812-3456-7890      | tel:+6281234567890",
        "WA: +62 812-3456-7890               | +62 812-3456-7890   | tel:+6281234567890",
        "WA: +6281234567890                  | +6281234567890      | tel:+6281234567890",
        "Kantor 021 3456 7890 pukul 08.00    | 021 3456 7890       | tel:+622134567890",
        "SMS ke 081234567890 sekarang        | 081234567890        | tel:+6281234567890",
        "Hubungi 0754.61234 di jam kerja     | 0754.61234          | tel:+6275461234",
    })
    void linksIndonesianNumbersAsAgenciesWriteThem(String text, String number, String tel) {
        Element body = Jsoup.parseBodyFragment(text).body();

        PhoneLinks.link(body);

        assertThat(body.select("a")).hasSize(1);
        assertThat(body.selectFirst("a").text()).isEqualTo(number);
        assertThat(body.selectFirst("a").attr("href")).isEqualTo(tel);
        assertThat(body.text()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Pendaftaran 03-03-2025 sampai 31-03-2025",
        "Buka pukul 08.00-12.00 WIB",
        "Peraturan Wali Kota Nomor 12 Tahun 2024",
        "Nomor 800/123/Disdik/2024",
        "Biaya Rp 1.500.000 per siswa",
        "NIK 1371021234560001",
        "NIP 19800101 200501 1 001",
        "Rekening 0123456789 Bank Nagari",
        "Kode 0754",
        "Tahun ajaran 2025/2026",
    })
    void leavesNumbersThatAreNotTelephonesAlone(String text) {
        Element body = Jsoup.parseBodyFragment(text).body();

        PhoneLinks.link(body);

        assertThat(body.select("a")).as(text).isEmpty();
        assertThat(body.text()).isEqualTo(text);
    }

    @Test
    void numbersAlreadyInALinkAndMarkupAroundNumbersAreKept() {
        Element body = Jsoup.parseBodyFragment("<p><a href=\"tel:075461234\">0754-61234</a> atau "
                + "<mark>0812</mark>-3456-7890 atau <b>0812-3456-7891</b></p>").body();

        PhoneLinks.link(body);

        assertThat(body.select("a").eachAttr("href")).containsExactly("tel:075461234", "tel:+6281234567891");
        assertThat(body.select("b > a").text()).isEqualTo("0812-3456-7891");
        assertThat(body.selectFirst("mark").text()).isEqualTo("0812");
    }
}
