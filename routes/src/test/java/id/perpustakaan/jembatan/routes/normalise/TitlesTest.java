package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

    @ParameterizedTest(name = "metadata ''{0}'' → ''{2}''")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Peraturan Wali Kota Nomor 12 Tahun 2024 | PERATURAN WALI KOTA SAWAHLUNTO            | Peraturan Wali Kota Nomor 12 Tahun 2024
            null                                    | PENGUMUMAN PENERIMAAN BEASISWA              | PENGUMUMAN PENERIMAAN BEASISWA
            Microsoft Word - perwako12.doc          | PERATURAN WALI KOTA SAWAHLUNTO              | PERATURAN WALI KOTA SAWAHLUNTO
            Untitled                                | Jadwal Posyandu                             | Jadwal Posyandu
            Document1                               | Jadwal Posyandu                             | Jadwal Posyandu
            Presentation1                           | Happy New Year 2003                         | Happy New Year 2003
            Book1                                   | Daftar Penerima Bantuan                     | Daftar Penerima Bantuan
            scan0001.pdf                            | Surat Edaran Sekretaris Daerah              | Surat Edaran Sekretaris Daerah
            '   '                                   | Rapat koordinasi                            | Rapat koordinasi
            """)
    void prefersARealMetadataTitleOverTheFirstLine(String metadata, String firstLine, String expected) {
        assertThat(Titles.choose(metadata, firstLine + "\nisi dokumen", "berkas.pdf")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "text ''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            '\n\n  1.  \n---\nDaftar Penerima Bantuan\nNama' | Daftar Penerima Bantuan
            '12/3/2025\nPengumuman Libur'                   | Pengumuman Libur
            """)
    void skipsLinesWithoutWords(String text, String expected) {
        assertThat(Titles.choose(null, text.replace("\\n", "\n"), "x.txt")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "file ''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            jadwal_posyandu-mei.pdf   | Jadwal posyandu mei
            perwako.12.2024.docx      | Perwako 12 2024
            README                    | README
            """)
    void fallsBackToTheFileName(String fileName, String expected) {
        assertThat(Titles.choose(null, "  \n ", fileName)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void cutsAnOverlongTitleAtAWord() {
        String longLine = "Pengumuman ".repeat(40).strip();

        String title = Titles.choose(null, longLine, "x.txt");

        assertThat(title).hasSizeLessThanOrEqualTo(Titles.MAX_LENGTH + 1).endsWith("Pengumuman…");
    }
}
