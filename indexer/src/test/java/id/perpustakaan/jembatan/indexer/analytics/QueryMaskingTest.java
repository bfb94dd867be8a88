package id.perpustakaan.jembatan.indexer.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryMaskingTest {

    @Test
    void masksPersonalNumbersAndAddresses() {
        assertThat(QueryMasking.mask("cek NIK 1372012345670001")).isEqualTo("cek nik [nomor]");
        assertThat(QueryMasking.mask("hubungi 0812-3456-7890")).isEqualTo("hubungi [nomor]");
        assertThat(QueryMasking.mask("siti.rahma@contoh.co.id bantuan")).isEqualTo("[email] bantuan");
    }

    @Test
    void keepsYearsAndRegulationNumbers() {
        assertThat(QueryMasking.mask("  Perwako 12   2024 ")).isEqualTo("perwako 12 2024");
        assertThat(QueryMasking.mask("SE 800/123/Disdik/2024")).isEqualTo("se 800/123/disdik/2024");
    }

    @Test
    void cutsLongQueries() {
        assertThat(QueryMasking.mask("a".repeat(5_000))).hasSize(QueryMasking.MAX_LENGTH);
    }
}
