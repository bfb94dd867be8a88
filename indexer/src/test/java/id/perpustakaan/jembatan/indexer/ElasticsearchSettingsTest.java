package id.perpustakaan.jembatan.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ElasticsearchSettingsTest {

    private static final URI NODE = URI.create("https://es-1:9200");
    private static final String API_KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";

    @Test
    void theEmptyValuesOfTheDefaultYamlMeanNoCredentials() {
        var yaml = new MapConfigurationPropertySource(Map.of("jembatan.elasticsearch.uris", "",
                "jembatan.elasticsearch.index-prefix", "jembatan", "jembatan.elasticsearch.max-connections", "64",
                "jembatan.elasticsearch.api-key", "", "jembatan.elasticsearch.username", "",
                "jembatan.elasticsearch.password", "", "jembatan.elasticsearch.ca-certificate", ""));

        ElasticsearchSettings settings = new Binder(yaml).bindOrCreate("jembatan.elasticsearch",
                ElasticsearchSettings.class);

        assertThat(settings.authenticated()).isFalse();
        assertThat(settings.caCertificate()).isNull();
        assertThat(settings.uris()).isEmpty();
    }

    @Test
    void takesOneKindOfCredentialsAndBothHalvesOfAPassword() {
        assertThatThrownBy(() -> settings(API_KEY, "jembatan", "rahasia"))
                .hasMessage("jembatan.elasticsearch.api-key and jembatan.elasticsearch.username/password are both"
                        + " set: Elasticsearch takes one of them, remove the other");
        assertThatThrownBy(() -> settings(null, "jembatan", " "))
                .hasMessage("jembatan.elasticsearch.username is set without jembatan.elasticsearch.password: set both"
                        + " (JEMBATAN_ELASTICSEARCH_USERNAME, JEMBATAN_ELASTICSEARCH_PASSWORD)");
        assertThat(settings(API_KEY, null, null).authenticated()).isTrue();
        assertThat(settings(null, "jembatan", "rahasia").authenticated()).isTrue();
    }

    @Test
    void showsNoSecret() {
        assertThat(settings(API_KEY, null, null).toString()).contains("apiKey=[hidden]").doesNotContain(API_KEY);
        assertThat(settings(null, "jembatan", "rahasia").toString())
                .contains("username=jembatan", "password=[hidden]").doesNotContain("rahasia");
    }

    private static ElasticsearchSettings settings(String apiKey, String username, String password) {
        return new ElasticsearchSettings(List.of(NODE), "jembatan", 4, apiKey, username, password, null);
    }
}
