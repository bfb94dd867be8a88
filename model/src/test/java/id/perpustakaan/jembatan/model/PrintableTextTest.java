package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void writesLineBreaksAndOtherControlCharactersAsEscapes() {
        assertThat(PrintableText.of("laporan\nINFO forged line\r.pdf")).isEqualTo("laporan\\nINFO forged line\\r.pdf");
        assertThat(PrintableText.of("tab\there\u001b[31m")).isEqualTo("tab\\there\\u001b[31m");
        assertThat(PrintableText.of("a\u2028b\u0085c")).isEqualTo("a\\u2028b\\u0085c");
    }

    @Test
    void escapesBidirectionalOverridesThatWouldReorderTheLine() {
        assertThat(PrintableText.of("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202efdp.exe");
    }

    @Test
    void leavesOrdinaryNamesInAnyScriptAsTheyAre() {
        String name = "Pengumuman Beasiswa (ꦥꦼꦔꦸꦩꦸꦩꦤ꧀) – Dinas Pendidikan ✓ 2025.pdf";

        assertThat(PrintableText.of(name)).isSameAs(name);
        assertThat(PrintableText.of(null)).isEqualTo("null");
    }

    @Test
    void cutsWhatAStrangerTypedToTheLengthAsked() {
        assertThat(PrintableText.of("x".repeat(100_000), 300)).hasSize(301).endsWith("…");
        assertThat(PrintableText.of("siti\nINFO", 300)).isEqualTo("siti\\nINFO");
    }
}
