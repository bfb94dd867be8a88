package id.perpustakaan.jembatan.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the index templates from resources into the cluster and makes sure each alias points at a physical index
 * made from them ({@code <prefix>-public-v<template version>}). Indonesian analysis uses the stemmer when the
 * cluster has it (full distribution), otherwise stopwords only; the log says which.
 */
public class IndexSetup {

    private static final Logger log = LoggerFactory.getLogger(IndexSetup.class);
    private static final String RESOURCES = "/elasticsearch/";

    private final ElasticsearchClient client;
    private final String prefix;

    public IndexSetup(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    /** The alias the portal searches. */
    public String publicAlias() {
        return prefix + "-public";
    }

    /** Idempotent: safe to run from every instance at every start. */
    public void ensure() throws IOException {
        boolean stemming = hasIndonesianAnalyzer();
        log.info("Elasticsearch analysis in force: {}", stemming
                ? "Indonesian stopwords and stemmer"
                : "Indonesian stopwords without stemming (this cluster has no 'indonesian' analyzer;"
                        + " the full distribution has it)");
        String analysis = stemming ? "analysis-indonesian.json" : "analysis-basic.json";
        // one component: Elasticsearch validates a component's mappings against its own analyzers only
        ObjectNode documents = (ObjectNode) read("document-mappings.json");
        ((ObjectNode) documents.get("template")).set("settings", read(analysis).get("template").get("settings"));
        client.cluster().putComponentTemplate(t -> t.name(prefix + "-documents")
                .withJson(new StringReader(documents.toString())));
        client.indices().putIndexTemplate(t -> t.name(prefix + "-public").withJson(json("public-index.json")));
        long version = client.indices().getIndexTemplate(t -> t.name(prefix + "-public"))
                .indexTemplates().get(0).indexTemplate().version();
        ensureAlias(publicAlias(), publicAlias() + "-v" + version);
    }

    private void ensureAlias(String alias, String index) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return;
        }
        try {
            client.indices().create(c -> c.index(index).aliases(alias, a -> a.isWriteIndex(true)));
            log.info("created index {} behind alias {}", index, alias);
        } catch (ElasticsearchException e) {
            // another instance created it first
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private boolean hasIndonesianAnalyzer() throws IOException {
        try {
            client.indices().analyze(a -> a.analyzer("indonesian").text("membaca"));
            return true;
        } catch (ElasticsearchException e) {
            return false;
        }
    }

    private StringReader json(String name) {
        return new StringReader(read(name).toString());
    }

    /** A JSON resource, with {@code {{prefix}}} replaced by this deployment's index prefix. */
    private JsonNode read(String name) {
        try (InputStream in = IndexSetup.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{prefix}}", prefix);
            return JembatanJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
