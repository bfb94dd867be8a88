package id.perpustakaan.jembatan.routes.normalise.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigningDatesTest {

    private static final ZonedDateTime REFERENCE = ZonedDateTime.parse("2026-12-04T10:00:00+07:00[Asia/Jakarta]");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ditetapkan di Sawahlunto\\npada tanggal 12 Maret 2024                     | 2024-03-12
            DITETAPKAN DI SAWAHLUNTO PADA TANGGAL 12 MARET 2024                        | 2024-03-12
            Ditetapkan di : Sawahlunto\\nPada tanggal : 2 Januari 2024                 | 2024-01-02
            Ditetapkan di Kota Sawahlunto Provinsi Sumatera Barat pada tanggal 5 Mei 2023 | 2023-05-05
            Disahkan di pada tanggal 30 April 2008                                     | 2008-04-30
            Disahkan di Jakarta pada tanggal 1 Nopember 2007 ttd.                      | 2007-11-01
            Ditetapkan pada tanggal 10/01/2025                                         | 2025-01-10
            Dikeluarkan di Sawahlunto\\ntanggal 3 Mei 2O11                             | 2011-05-03
            """)
    void readsTheSigningDayInTheLayoutsAgenciesUse(String line, LocalDate day) {
        assertThat(SigningDates.in(line.replace("\\n", "\n"), REFERENCE).penetapan()).isEqualTo(day);
    }

    @Test
    void readsBothDaysAndIgnoresPlaceholdersAndSentences() {
        String text = """
                Pasal 9
                Peraturan ini mulai berlaku pada tanggal diundangkan.
                Contoh: Ditetapkan di Jakarta pada tanggal …
                Ditetapkan di Sawahlunto
                pada tanggal 4 Maret 2024
                WALI KOTA SAWAHLUNTO,
                Diundangkan di Sawahlunto
                pada tanggal 5 Maret 2024
                """;

        assertThat(SigningDates.in(text, REFERENCE))
                .isEqualTo(new SigningDates(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5)));
    }

    @Test
    void aDateFarFromItsVerbIsNoSigningDay() {
        String text = "Ditetapkan di Sawahlunto oleh Wali Kota setelah mendengar pendapat Dewan Perwakilan Rakyat "
                + "Daerah dalam rapat paripurna yang diselenggarakan pada 12 Maret 2024.";

        assertThat(SigningDates.in(text, REFERENCE)).isEqualTo(SigningDates.NONE);
    }
}
