package id.perpustakaan.jembatan.app.oai;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The schema the provider's answers are held to does refuse what is wrong, in the envelope and in the metadata. */
class OaiSchemaTest {

    private static final String RECORD = """
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
              <responseDate>2026-12-04T03:00:00Z</responseDate>
              <request verb="GetRecord">https://jembatan.sawahluntokota.go.id/oai</request>
              <GetRecord><record>
                <header><identifier>oai:jembatan:1</identifier><datestamp>%1$s</datestamp><setSpec>%2$s</setSpec></header>
                <metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:%3$s xml:lang="id">Judul</dc:%3$s></oai_dc:dc>
                </metadata>
              </record></GetRecord>
            </OAI-PMH>
            """;

    @Test
    void aValidRecordPasses() {
        assertThatCode(() -> validate("2026-12-04T03:00:00Z", "jenis:berita", "title")).doesNotThrowAnyException();
    }

    @Test
    void aDatestampWithoutZoneASpecWithASpaceAndAnElementDublinCoreLacksAreRefused() {
        assertThatThrownBy(() -> validate("2026-12-04T03:00:00", "jenis:berita", "title"))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate("2026-12-04T03:00:00Z", "jenis berita", "title"))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate("2026-12-04T03:00:00Z", "jenis:berita", "judul"))
                .isInstanceOf(SAXException.class).hasMessageContaining("judul");
    }

    private static void validate(String datestamp, String set, String element) throws Exception {
        OaiSchema.validate(RECORD.formatted(datestamp, set, element).getBytes(StandardCharsets.UTF_8));
    }
}
