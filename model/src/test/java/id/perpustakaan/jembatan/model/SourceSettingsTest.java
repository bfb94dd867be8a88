package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceSettingsTest {

    private static final Set<String> KINDS = Set.of("folder");

    @Test
    void appliesDefaultsToAMinimalFolderSource() {
        var settings = new SourceSettings("disdik-inbox", "disdik", "Dinas Pendidikan", "folder",
                "data/inbox/disdik", null, null, null, null, null, null);

        SourceDefinition definition = SourceSettings.validateAll(List.of(settings), KINDS).get(0);

        assertThat(definition.agency()).isEqualTo(new Agency("disdik", "Dinas Pendidikan"));
        assertThat(definition.location()).isEqualTo("data/inbox/disdik");
        assertThat(definition.schedule()).isEqualTo(Duration.ofSeconds(10));
        assertThat(definition.review()).isEqualTo(ReviewPolicy.AUTO);
        assertThat(definition.defaultKind()).isEqualTo(DocumentKind.OTHER);
        assertThat(definition.klasifikasi()).isNull();
    }

    @Test
    void readsSchedulesReviewAndKindCaseInsensitively() {
        var settings = new SourceSettings("dinsos", "dinsos", "Dinas Sosial", "folder", "x", null, "2m",
                "Required", "programme", null, "Serta Merta");

        SourceDefinition definition = SourceSettings.validateAll(List.of(settings), KINDS).get(0);

        assertThat(definition.schedule()).isEqualTo(Duration.ofMinutes(2));
        assertThat(definition.review()).isEqualTo(ReviewPolicy.REQUIRED);
        assertThat(definition.defaultKind()).isEqualTo(DocumentKind.PROGRAMME);
        assertThat(definition.klasifikasi()).isEqualTo(Klasifikasi.SERTA_MERTA);
    }

    @Test
    void namesTheSourceTheKeyAndTheFixForEveryMistake() {
        var badKind = new SourceSettings("disdik-inbox", "disdik", "Dinas Pendidikan", "ftp", "x", null, "soon",
                "maybe", "memo", null, "rahasia");
        var missing = new SourceSettings(null, null, null, "folder", "x", null, null, null, null, null, null);
        var duplicate = new SourceSettings("disdik-inbox", "disdik", "Dinas Pendidikan", "folder", "y", null, null,
                null, null, null, null);

        assertThatThrownBy(() -> SourceSettings.validateAll(List.of(badKind, missing, duplicate), KINDS))
                .isInstanceOf(InvalidSourcesException.class)
                .satisfies(e -> assertThat(((InvalidSourcesException) e).problems()).containsExactly(
                        "source 'disdik-inbox' (jembatan.sources[0].kind) 'ftp' is not a known source kind: set one of [folder]",
                        "source 'disdik-inbox' (jembatan.sources[0].schedule) 'soon' is neither a duration nor a cron: write it like '30s', '5m' or '1h', or as six cron fields such as '0 */15 * * * *'",
                        "source 'disdik-inbox' (jembatan.sources[0].review) 'maybe' is not a review policy: set 'auto' or 'required'",
                        "source 'disdik-inbox' (jembatan.sources[0].klasifikasi) 'rahasia' is not a class of public information: set one of berkala, serta-merta, setiap-saat, dikecualikan",
                        "source 'disdik-inbox' (jembatan.sources[0].default-kind) 'memo' is not a document kind: set one of [announcement, regulation, programme, event, news, other]",
                        "source '#1' (jembatan.sources[1].id) is missing: set a short lowercase id such as 'disdik-inbox'",
                        "source '#1' (jembatan.sources[1].agency-code) is missing: set the agency's short code, e.g. 'disdik'",
                        "source '#1' (jembatan.sources[1].agency-name) is missing: set the agency's full name, e.g. 'Dinas Pendidikan'",
                        "source 'disdik-inbox' (jembatan.sources[2].id) is used by an earlier source: give each source its own id"));
    }

    @Test
    void readsACronScheduleAsTimesToRunAt() {
        var settings = new SourceSettings("disdik-web", "disdik", "Dinas Pendidikan", "web", null,
                "https://disdik.example.go.id/", "0 */15 7-17 * * MON-FRI", null, null, null, null);

        SourceDefinition definition = SourceSettings.validateAll(List.of(settings), Set.of("web")).get(0);

        assertThat(definition.cron()).isEqualTo("0 */15 7-17 * * MON-FRI");
        assertThat(definition.schedulingOptions()).isEqualTo("scheduler=spring&scheduler.cron=0+*/15+7-17+*+*+MON-FRI");
    }

    @Test
    void refusesIdsThatCannotBeUsedInPathsAndKeys() {
        var settings = new SourceSettings("Disdik Inbox", "disdik", "Dinas Pendidikan", "folder", "x", null, null,
                null, null, null, null);

        assertThatThrownBy(() -> SourceSettings.validateAll(List.of(settings), KINDS))
                .hasMessageContaining("(jembatan.sources[0].id) 'Disdik Inbox' is not a valid id");
    }
}
