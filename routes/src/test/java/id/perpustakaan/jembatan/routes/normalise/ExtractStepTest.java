package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.RawContent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which files skip Tika's detection: those whose first bytes are a page's, whatever their name. */
class ExtractStepTest {

    @Test
    void aPageIsKnownByItsFirstBytes() {
        assertThat(ExtractStep.declaresHtml(raw("pengumuman.txt", "<!DOCTYPE html><html><body>x</body></html>")))
                .isTrue();
        assertThat(ExtractStep.declaresHtml(raw("a", "\uFEFF  \n<HTML lang=\"id\"><body>x</body></HTML>"))).isTrue();
    }

    @Test
    void anythingElseGoesToTika() {
        assertThat(ExtractStep.declaresHtml(raw("halaman.html", "Pengumuman <b>penting</b>"))).isFalse();
        assertThat(ExtractStep.declaresHtml(raw("a.html", "<?xml version=\"1.0\"?><html/>"))).isFalse();
        assertThat(ExtractStep.declaresHtml(raw("a.html", "%PDF-1.7 <html"))).isFalse();
        assertThat(ExtractStep.declaresHtml(raw("a.html", ""))).isFalse();
    }

    private static RawContent raw(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new RawContent("uji", name, name, null, bytes.length, "0", null, Instant.EPOCH, Instant.EPOCH, null,
                "test", () -> new ByteArrayInputStream(bytes));
    }
}
