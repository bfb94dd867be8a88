package id.perpustakaan.jembatan.routes.normalise.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One date expression at a time, as it is written in announcements, against what it means. */
class IndonesianDatesTest {

    /** Monday 10 March 2025, half past nine in the morning in Padang. */
    static final ZonedDateTime REFERENCE = ZonedDateTime.parse("2025-03-10T09:30+07:00[Asia/Jakarta]");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Senin, 3 Maret 2025                      | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 Maret 2025                             | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            03 Maret 2025                            | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 MARET 2025                             | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            senin, 3 maret 2025                      | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            hari Senin tanggal 3 Maret 2025          | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            Senin 3 Maret 2025                       | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            Jumat, 7 Maret 2025                      | 2025-03-07T00:00+07:00[Asia/Jakarta]  | DAY   | false
            Jum'at, 7 Maret 2025                     | 2025-03-07T00:00+07:00[Asia/Jakarta]  | DAY   | false
            Ahad, 9 Maret 2025                       | 2025-03-09T00:00+07:00[Asia/Jakarta]  | DAY   | false
            Minggu, 9 Maret 2025                     | 2025-03-09T00:00+07:00[Asia/Jakarta]  | DAY   | false
            Kamis, 17 April 2025                     | 2025-04-17T00:00+07:00[Asia/Jakarta]  | DAY   | false
            tanggal 3 bulan Maret tahun 2025         | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            tgl. 3 Maret 2025                        | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 Maret 2025 pukul 10.00 WIB             | 2025-03-03T10:00+07:00[Asia/Jakarta]  | DAY   | true
            3 Maret 2025 jam 10:00 WITA              | 2025-03-03T10:00+08:00[Asia/Makassar] | DAY   | true
            3 Maret 2025 pukul 10.00 WIT             | 2025-03-03T10:00+09:00[Asia/Jayapura] | DAY   | true
            3 Maret 2025 pukul 10.00                 | 2025-03-03T10:00+07:00[Asia/Jakarta]  | DAY   | true
            3 Maret 2025 10:00                       | 2025-03-03T10:00+07:00[Asia/Jakarta]  | DAY   | true
            3 Maret 2025 10.00 WITA                  | 2025-03-03T10:00+08:00[Asia/Makassar] | DAY   | true
            "Senin, 3 Maret 2025, pukul 10.00 WIB"   | 2025-03-03T10:00+07:00[Asia/Jakarta]  | DAY   | true
            Senin, 3 Maret 2025 pkl. 08.30 WIB       | 2025-03-03T08:30+07:00[Asia/Jakarta]  | DAY   | true
            Rabu, 5 Maret 2025 pada pukul 19.30 WIB  | 2025-03-05T19:30+07:00[Asia/Jakarta]  | DAY   | true
            31 Maret 2025 pukul 23.59 WIB            | 2025-03-31T23:59+07:00[Asia/Jakarta]  | DAY   | true
            31 Maret 2025 pukul 24.00 WIB            | 2025-04-01T00:00+07:00[Asia/Jakarta]  | DAY   | true
            3 Maret 2025 pukul 08.00 s.d. 12.00 WIB  | 2025-03-03T08:00+07:00[Asia/Jakarta]  | DAY   | true
            3 Maret 2025 pukul 08.00 s/d 12.00 WITA  | 2025-03-03T08:00+08:00[Asia/Makassar] | DAY   | true
            3 Maret 2025 pukul 08.00 - 12.00 WIB     | 2025-03-03T08:00+07:00[Asia/Jakarta]  | DAY   | true
            3 Maret 2025 pukul 10.00.30 WIB          | 2025-03-03T10:00:30+07:00[Asia/Jakarta] | DAY | true
            3 Maret 2025 jam 3 sore                  | 2025-03-03T15:00+07:00[Asia/Jakarta]  | DAY   | true
            3 Maret 2025 jam 9 pagi                  | 2025-03-03T09:00+07:00[Asia/Jakarta]  | DAY   | true
            03/03/2025                               | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3/3/2025                                 | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3-3-2025                                 | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3.3.2025                                 | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            31/12/2025                               | 2025-12-31T00:00+07:00[Asia/Jakarta]  | DAY   | false
            "Kamis, 01-05-2025"                      | 2025-05-01T00:00+07:00[Asia/Jakarta]  | DAY   | false
            03/03/2025 pukul 10.00 WITA              | 2025-03-03T10:00+08:00[Asia/Makassar] | DAY   | true
            29 Februari 2024                         | 2024-02-29T00:00+07:00[Asia/Jakarta]  | DAY   | false
            2025-03-03                               | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            2025-03-03T10:00:00+07:00                | 2025-03-03T10:00+07:00                | DAY   | true
            2025-03-03T10:00:00+0800                 | 2025-03-03T10:00+08:00                | DAY   | true
            2025-03-03T03:00:00Z                     | 2025-03-03T03:00Z                     | DAY   | true
            2025-03-03T03:00:00.250Z                 | 2025-03-03T03:00Z                     | DAY   | true
            2025-03-03T10:00                         | 2025-03-03T10:00+07:00[Asia/Jakarta]  | DAY   | true
            2025-03-03 10:00:00                      | 2025-03-03T10:00+07:00[Asia/Jakarta]  | DAY   | true
            2025-03-03 10:00 WIT                     | 2025-03-03T10:00+09:00[Asia/Jayapura] | DAY   | true
            3 Mar 2025                               | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 Agt 2025                               | 2025-08-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 Agt. 2025                              | 2025-08-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 Agu 2025                               | 2025-08-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 Agust 2025                             | 2025-08-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            17 Agustus 1945                          | 1945-08-17T00:00+09:00[Asia/Jakarta]  | DAY   | false
            3-Mar-2025                               | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            14 Feb 2025                              | 2025-02-14T00:00+07:00[Asia/Jakarta]  | DAY   | false
            14 Pebruari 2025                         | 2025-02-14T00:00+07:00[Asia/Jakarta]  | DAY   | false
            1 Apr 2025                               | 2025-04-01T00:00+07:00[Asia/Jakarta]  | DAY   | false
            2 Mei 2025                               | 2025-05-02T00:00+07:00[Asia/Jakarta]  | DAY   | false
            1 Jun 2025                               | 2025-06-01T00:00+07:00[Asia/Jakarta]  | DAY   | false
            17 Jul 2025                              | 2025-07-17T00:00+07:00[Asia/Jakarta]  | DAY   | false
            5 Sep 2025                               | 2025-09-05T00:00+07:00[Asia/Jakarta]  | DAY   | false
            5 Sept 2025                              | 2025-09-05T00:00+07:00[Asia/Jakarta]  | DAY   | false
            1 Okt 2025                               | 2025-10-01T00:00+07:00[Asia/Jakarta]  | DAY   | false
            10 Nop 2025                              | 2025-11-10T00:00+07:00[Asia/Jakarta]  | DAY   | false
            10 Nopember 2025                         | 2025-11-10T00:00+07:00[Asia/Jakarta]  | DAY   | false
            10 Nov 2025                              | 2025-11-10T00:00+07:00[Asia/Jakarta]  | DAY   | false
            25 Des 2025                              | 2025-12-25T00:00+07:00[Asia/Jakarta]  | DAY   | false
            1 Jan 2026                               | 2026-01-01T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 March 2025                             | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3rd March 2025                           | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            "March 3, 2025"                          | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            "Monday, March 3, 2025"                  | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            "August 17, 2025 10:00 WIB"              | 2025-08-17T10:00+07:00[Asia/Jakarta]  | DAY   | true
            3 Maret                                  | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            5 Januari                                | 2025-01-05T00:00+07:00[Asia/Jakarta]  | DAY   | false
            25 Desember                              | 2024-12-25T00:00+07:00[Asia/Jakarta]  | DAY   | false
            Maret 2025                               | 2025-03-01T00:00+07:00[Asia/Jakarta]  | MONTH | false
            bulan Maret 2025                         | 2025-03-01T00:00+07:00[Asia/Jakarta]  | MONTH | false
            bulan Maret tahun 2025                   | 2025-03-01T00:00+07:00[Asia/Jakarta]  | MONTH | false
            Desember 2024                            | 2024-12-01T00:00+07:00[Asia/Jakarta]  | MONTH | false
            Agt 2025                                 | 2025-08-01T00:00+07:00[Asia/Jakarta]  | MONTH | false
            October 2025                             | 2025-10-01T00:00+07:00[Asia/Jakarta]  | MONTH | false
            2 hari yang lalu                         | 2025-03-08T00:00+07:00[Asia/Jakarta]  | DAY   | false
            2 hari lalu                              | 2025-03-08T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 minggu lalu                            | 2025-02-17T00:00+07:00[Asia/Jakarta]  | DAY   | false
            seminggu yang lalu                       | 2025-03-03T00:00+07:00[Asia/Jakarta]  | DAY   | false
            1 bulan yang lalu                        | 2025-02-10T00:00+07:00[Asia/Jakarta]  | DAY   | false
            dua tahun lalu                           | 2023-03-10T00:00+07:00[Asia/Jakarta]  | DAY   | false
            3 jam yang lalu                          | 2025-03-10T06:30+07:00[Asia/Jakarta]  | DAY   | true
            15 menit yang lalu                       | 2025-03-10T09:15+07:00[Asia/Jakarta]  | DAY   | true
            kemarin                                  | 2025-03-09T00:00+07:00[Asia/Jakarta]  | DAY   | false
            Kemarin                                  | 2025-03-09T00:00+07:00[Asia/Jakarta]  | DAY   | false
            hari ini                                 | 2025-03-10T00:00+07:00[Asia/Jakarta]  | DAY   | false
            besok                                    | 2025-03-11T00:00+07:00[Asia/Jakarta]  | DAY   | false
            """)
    void readsTheFormsAnnouncementsUse(String text, String expected, Precision precision, boolean hasTime) {
        assertThat(IndonesianDates.parse(text, REFERENCE)).hasValueSatisfying(mention -> {
            assertThat(mention.value()).hasToString(expected);
            assertThat(mention.precision()).isEqualTo(precision);
            assertThat(mention.hasTime()).isEqualTo(hasTime);
        });
    }

    @ParameterizedTest(name = "\"{0}\" is no date")
    @ValueSource(strings = {
            "31 Februari 2025", "29 Februari 2025", "30/02/2025", "31/04/2025", "2025-02-30", "2025-13-01",
            "3/13/2025", "32 Maret 2025", "0 Maret 2025", "3 Maret 2025 pukul 25.00 WIB", "3 Maret 2025 pukul 10.75",
            "Maret", "2025", "3 Jan", "Pasal 3 ayat 2025", "No. 12/2024", "Senin", "12.30", "", "   "})
    void refusesWhatIsNoDateRatherThanRollingOver(String text) {
        assertThat(IndonesianDates.parse(text, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is more than one date expression")
    @ValueSource(strings = {"3 Maret 2025 dan 4 Maret 2025", "rapat 3 Maret 2025", "3 Maret 2025."})
    void parsesOnlyATextThatIsOneDateExpression(String text) {
        assertThat(IndonesianDates.parse(text, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is read whole")
    @ValueSource(strings = {"  3 Maret 2025  ", "\n3 Maret 2025\t", "3\u00a0Maret\u00a02025"})
    void ignoresSurroundingAndNonBreakingWhitespace(String text) {
        assertThat(IndonesianDates.parse(text, REFERENCE))
                .map(mention -> mention.value().toLocalDate().toString())
                .hasValue("2025-03-03");
    }
}
