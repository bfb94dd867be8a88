package id.perpustakaan.jembatan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * How every Kafka client of Jembatan reaches the brokers — producers, consumers, admin clients and Camel's Kafka
 * component alike: {@code jembatan.kafka.bootstrap-servers}, and {@code jembatan.kafka.properties.*} passed to each
 * client verbatim ({@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config},
 * {@code ssl.truststore.location}, {@code client.id}…), so that one place decides how Jembatan connects.
 *
 * <p>Each client adds its own settings (its timeouts, group, poll size) and the passed properties go on top, as Camel
 * applies its {@code additionalProperties}. The settings Jembatan's guarantees rest on are not for passing: such a
 * property stops the start, naming the key and why (see {@link #DECIDED_BY_JEMBATAN}).
 *
 * <p>Secrets (passwords, JAAS configurations, private keys) never leave in {@link #toString()} or
 * {@link #describe()}.
 */
public record KafkaClientConfig(String bootstrapServers, Map<String, String> properties) {

    /** Where the passed properties are configured; each key follows it. */
    public static final String PROPERTIES_PREFIX = "jembatan.kafka.properties.";

    private static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    private static final String HIDDEN = "[hidden]";

    /** The properties a deployment may not pass, with what decides them instead. */
    static final Map<String, String> DECIDED_BY_JEMBATAN = decidedByJembatan();

    public KafkaClientConfig {
        // sorted, so that what is logged reads the same at every start
        properties = properties == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        for (String key : properties.keySet()) {
            String reason = DECIDED_BY_JEMBATAN.get(key);
            if (reason != null) {
                throw new IllegalArgumentException(PROPERTIES_PREFIX + key + ": " + reason);
            }
        }
    }

    /** Without passed properties: the local broker, tests. */
    public static KafkaClientConfig of(String bootstrapServers) {
        return new KafkaClientConfig(bootstrapServers, Map.of());
    }

    /**
     * The configuration of one client: its own settings, the passed properties on top, and the brokers.
     *
     * @param own what this client sets for itself (timeouts, group, isolation level…)
     */
    public Map<String, Object> clientConfig(Map<String, ?> own) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalStateException("jembatan.kafka.bootstrap-servers is empty: set it"
                    + " (JEMBATAN_KAFKA_BOOTSTRAP_SERVERS); only the default run, with the local services,"
                    + " starts a broker of its own");
        }
        Map<String, Object> config = new LinkedHashMap<>(own);
        config.putAll(properties);
        config.put(BOOTSTRAP_SERVERS, bootstrapServers);
        return config;
    }

    /** The value of a passed property, or the fallback: e.g. {@code security.protocol}, PLAINTEXT by default. */
    public String property(String key, String fallback) {
        return properties.getOrDefault(key, fallback);
    }

    /** The brokers and every passed property, secrets hidden: fit for logs and error messages. */
    public String describe() {
        StringJoiner joiner = new StringJoiner(", ");
        joiner.add(BOOTSTRAP_SERVERS + "=" + bootstrapServers);
        properties.forEach((key, value) -> joiner.add(key + "=" + (secret(key) ? HIDDEN : value)));
        return joiner.toString();
    }

    @Override
    public String toString() {
        return "KafkaClientConfig[" + describe() + "]";
    }

    /**
     * Whether a client property holds a secret: passwords ({@code ssl.truststore.password}), JAAS configurations
     * (they carry SASL passwords), private keys ({@code ssl.keystore.key}), client secrets and tokens.
     */
    public static boolean secret(String key) {
        String name = key.toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("jaas") || name.contains("secret")
                || name.contains("token") || name.contains("credentials") || name.endsWith(".key")
                || name.endsWith("user.info");
    }

    private static Map<String, String> decidedByJembatan() {
        Map<String, String> decided = new LinkedHashMap<>();
        decided.put(BOOTSTRAP_SERVERS, "set jembatan.kafka.bootstrap-servers (JEMBATAN_KAFKA_BOOTSTRAP_SERVERS)"
                + " instead");
        String json = "Jembatan's records are JSON strings: remove it";
        decided.put("key.serializer", json);
        decided.put("value.serializer", json);
        decided.put("key.deserializer", json);
        decided.put("value.deserializer", json);
        String durable = "Jembatan publishes with acks=all and an idempotent producer, so that a file leaves its"
                + " inbox only when every in-sync replica has its document: remove it";
        decided.put("acks", durable);
        decided.put("enable.idempotence", durable);
        decided.put("transactional.id", "review decisions are written in transactions of their own, one id per"
                + " instance and start: remove it");
        decided.put("isolation.level", "the projections read committed records only (a review decision and its"
                + " published revision together): remove it");
        String offsets = "the projections commit their offsets themselves, after Elasticsearch acknowledged, in"
                + " groups named by jembatan.indexer.group-prefix: remove it";
        decided.put("group.id", offsets);
        decided.put("enable.auto.commit", offsets);
        decided.put("auto.offset.reset", offsets);
        return Map.copyOf(decided);
    }
}
