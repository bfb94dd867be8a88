package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedTextTest {

    @Test
    void escapesLineBreaksSoNoLineCanBeForged() {
        String forged = "siti\n2026-12-04 10:00:00 INFO sign-in of 'admin' succeeded";
        assertThat(LoggedText.of(forged)).doesNotContain("\n")
                .isEqualTo("siti\\n2026-12-04 10:00:00 INFO sign-in of 'admin' succeeded");
        assertThat(LoggedText.of("a\rb\u0000c\u2028d\u001b[31m")).isEqualTo("a\\rb\\u0000c\\u2028d\\u001b[31m");
    }

    @Test
    void keepsOrdinaryNamesAsTheyAre() {
        String name = "Pengumuman Beasiswa (final) – 2025.pdf";
        assertThat(LoggedText.of(name)).isEqualTo(name);
        assertThat(LoggedText.of(null)).isEqualTo("null");
    }

    @Test
    void cutsLongValues() {
        assertThat(LoggedText.of("x".repeat(100_000))).hasSize(301).endsWith("…");
    }
}
