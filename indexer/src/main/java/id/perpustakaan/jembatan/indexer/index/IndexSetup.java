package id.perpustakaan.jembatan.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the index templates from resources into the cluster and keeps each alias ({@code <prefix>-public},
 * {@code <prefix>-inbox}) pointing at one physical index made from them, and {@code <prefix>-analytics} for search
 * analytics at one index per month. A physical index is named after its template version
 * ({@code <alias>-v<version>}, with a time suffix when rebuilt, or the month for analytics) and records that version
 * in its mapping's {@code _meta}, so a newer template in resources is noticed. The analysis is the same on every distribution: Indonesian stopwords, with the stems computed by
 * Jembatan ({@code IndonesianStems}) rather than by a stemmer the minimal distribution lacks.
 */
public class IndexSetup {

    private static final Logger log = LoggerFactory.getLogger(IndexSetup.class);
    private static final String RESOURCES = "/elasticsearch/";
    private static final String TEMPLATE_VERSION = "templateVersion";
    private static final String ANALYTICS_TEMPLATE = "analytics-index.json";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM").withZone(LibraryTime.ZONE);

    private final ElasticsearchClient client;
    private final String prefix;
    private final Clock clock;
    private final JsonNode analyticsTemplate;
    private final long analyticsVersion;

    public IndexSetup(ElasticsearchClient client, String prefix) {
        this(client, prefix, Clock.systemUTC());
    }

    public IndexSetup(ElasticsearchClient client, String prefix, Clock clock) {
        this.client = client;
        this.prefix = prefix;
        this.clock = clock;
        this.analyticsTemplate = read(ANALYTICS_TEMPLATE);
        this.analyticsVersion = analyticsTemplate.get("version").asLong();
    }

    /** The alias the portal searches. */
    public String publicAlias() {
        return alias(IndexKind.PUBLIC);
    }

    public String alias(IndexKind kind) {
        return prefix + "-" + kind.label();
    }

    /** The alias of the search analytics: no projection of a topic, so never rebuilt, with a template of its own. */
    public String analyticsAlias() {
        return prefix + "-analytics";
    }

    /**
     * Puts the templates and, for an alias that does not exist yet, creates its first physical index. Idempotent:
     * safe to run from every instance at every start.
     */
    public void ensure() throws IOException {
        putTemplates();
        for (IndexKind kind : IndexKind.values()) {
            if (!client.indices().existsAlias(a -> a.name(alias(kind))).value()) {
                String index = alias(kind) + "-v" + templateVersion(kind);
                create(index, alias(kind), c -> c.aliases(alias(kind), a -> a.isWriteIndex(true)));
            } else {
                applyRefreshInterval(kind);
            }
        }
        client.indices().putIndexTemplate(t -> t.name(analyticsAlias())
                .withJson(new StringReader(analyticsTemplate.toString())));
        // the reports read the alias, which exists once one index is behind it
        ensureAnalyticsIndex(analyticsIndex(clock.instant()));
    }

    /**
     * The index of the month (in the library's time) an analytics event happened in: {@code <alias>-v<version>-
     * <yyyy.MM>}. The template puts each such index behind the alias, so the reports read every month at once, and
     * the retention deletes a month whole.
     */
    public String analyticsIndex(Instant at) {
        return analyticsAlias() + "-v" + analyticsVersion + "-" + MONTH.format(at);
    }

    /**
     * Creates the index unless it exists, with the alias, settings and mapping of the analytics template given in the
     * request: a search recorded in the first seconds after a start, before {@link #ensure()} has put the template,
     * must not make an index that is behind no alias and whose mapping was guessed.
     */
    public void ensureAnalyticsIndex(String index) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        String body = analyticsTemplate.get("template").toString();
        create(index, analyticsAlias(), c -> c.withJson(new StringReader(body)));
    }

    /**
     * Deletes the analytics indices whose newest event happened before {@code cutoff}; an index without events is
     * left. Months are deleted whole, so an event is kept at least until the cutoff passes it and at most a month
     * longer.
     *
     * @return the indices deleted
     */
    public List<String> retireAnalytics(Instant cutoff) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(analyticsAlias())).value()) {
            return List.of();
        }
        var answer = client.search(s -> s.index(analyticsAlias()).size(0)
                .aggregations("indices", a -> a.terms(t -> t.field("_index").size(10_000))
                        .aggregations("newest", n -> n.max(m -> m.field("at")))), Void.class);
        List<String> retired = new ArrayList<>();
        for (var bucket : answer.aggregations().get("indices").sterms().buckets().array()) {
            String index = bucket.key().stringValue();
            Double newest = bucket.aggregations().get("newest").max().value();
            if (newest != null && Instant.ofEpochMilli(newest.longValue()).isBefore(cutoff)) {
                delete(index);
                retired.add(index);
            }
        }
        return retired;
    }

    /** The template version in resources, which new physical indices get. */
    public long templateVersion(IndexKind kind) {
        return read(kind.templateResource()).get("version").asLong();
    }

    /** The physical index behind the alias, if the alias exists. */
    public Optional<String> liveIndex(IndexKind kind) throws IOException {
        String alias = alias(kind);
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Optional.empty();
        }
        return client.indices().getAlias(a -> a.name(alias)).aliases().keySet().stream().sorted().findFirst();
    }

    /** The template version the physical index was made from; 0 when it predates versions in {@code _meta}. */
    public long versionOf(String index) throws IOException {
        var mapping = client.indices().getMapping(m -> m.index(index)).get(index);
        Map<String, JsonData> meta = mapping == null ? null : mapping.mappings().meta();
        JsonData version = meta == null ? null : meta.get(TEMPLATE_VERSION);
        return version == null ? 0 : version.to(Long.class);
    }

    /** A new, empty physical index for the kind from its current template, not behind the alias yet. */
    public String createPhysical(IndexKind kind) throws IOException {
        String index = alias(kind) + "-v" + templateVersion(kind) + "-" + SUFFIX.format(clock.instant());
        client.indices().create(c -> c.index(index));
        return index;
    }

    /**
     * The index that replaces {@code live}: its name follows from the live index's, so that two instances asked
     * to rebuild at once name the same one, and Elasticsearch creates it for only one of them.
     *
     * @param live the index behind the alias now; empty when there is none
     * @return the created index's name; empty when another instance created it already (and is rebuilding)
     */
    public Optional<String> createSuccessor(IndexKind kind, Optional<String> live) throws IOException {
        String index = successorName(alias(kind), templateVersion(kind), live);
        try {
            client.indices().create(c -> c.index(index));
            return Optional.of(index);
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public static String successorName(String alias, long version, Optional<String> live) {
        // the live index's name hashed, not appended: a chain of rebuilds keeps names of one length
        return alias + "-v" + version + "-r" + live.map(name -> HexFormat.of()
                .toHexDigits(name.hashCode())).orElse("0");
    }

    /**
     * Points the alias at the new index in one atomic step, so that no search runs between two indices or none.
     * The new index is refreshed first: a search right after the switch must see all it holds, not the part its
     * last periodic refresh made visible. The previous indices stay until {@link #delete(String)}.
     */
    public void switchAlias(IndexKind kind, String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        String alias = alias(kind);
        List<String> previous = client.indices().existsAlias(a -> a.name(alias)).value()
                ? List.copyOf(client.indices().getAlias(a -> a.name(alias)).aliases().keySet()) : List.of();
        client.indices().updateAliases(u -> {
            for (String old : previous) {
                if (!old.equals(index)) {
                    u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
                }
            }
            return u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
        });
        log.info("alias {} now points at {} (was {})", alias, index, previous.isEmpty() ? "nothing" : previous);
    }

    public void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        log.info("deleted index {}", index);
    }

    private void putTemplates() throws IOException {
        // the same analysis on the minimal and the full distribution: stems come from Jembatan (IndonesianStems)
        String analysis = "analysis.json";
        // one component: Elasticsearch validates a component's mappings against its own analyzers only
        ObjectNode documents = (ObjectNode) read("document-mappings.json");
        ((ObjectNode) documents.get("template")).set("settings", read(analysis).get("template").get("settings"));
        client.cluster().putComponentTemplate(t -> t.name(prefix + "-documents")
                .withJson(new StringReader(documents.toString())));
        for (IndexKind kind : IndexKind.values()) {
            ObjectNode template = (ObjectNode) read(kind.templateResource());
            ObjectNode mappings = ((ObjectNode) template.get("template")).with("mappings");
            mappings.with("_meta").put(TEMPLATE_VERSION, template.get("version").asLong());
            client.indices().putIndexTemplate(t -> t.name(alias(kind))
                    .withJson(new StringReader(template.toString())));
        }
    }

    /**
     * The template's refresh interval on the live index too: it decides how soon a document is searchable, and, as a
     * dynamic setting, changes without the rebuild a new template version would cost.
     */
    private void applyRefreshInterval(IndexKind kind) throws IOException {
        JsonNode interval = read(kind.templateResource()).path("template").path("settings").path("refresh_interval");
        if (interval.isTextual()) {
            client.indices().putSettings(p -> p.index(alias(kind))
                    .settings(settings -> settings.refreshInterval(t -> t.time(interval.asText()))));
        }
    }

    /**
     * Creates the index behind the alias: as its write index ({@code aliasHere}), or by the index's template; another
     * instance may have been first.
     */
    /** Creates the index, unless another instance created it first. */
    private void create(String index, String alias, UnaryOperator<CreateIndexRequest.Builder> request)
            throws IOException {
        try {
            client.indices().create(c -> request.apply(c.index(index)));
            log.info("created index {} behind alias {}", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
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
