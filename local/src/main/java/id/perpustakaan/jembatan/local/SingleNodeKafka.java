package id.perpustakaan.jembatan.local;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * What every one-node KRaft broker Jembatan starts shares (the local broker, and the tests' own brokers with other
 * listeners): broker and controller in one process, internal topics of one replica, and storage formatted before
 * the first start.
 */
public final class SingleNodeKafka {

    private SingleNodeKafka() {
    }

    /**
     * The settings apart from the client listener: the caller adds {@code listeners}, {@code advertised.listeners},
     * {@code inter.broker.listener.name} and {@code listener.security.protocol.map} (with {@code CONTROLLER}).
     */
    public static Properties config(Path logDir, int controllerPort, int maxMessageBytes) {
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("log.dirs", logDir.toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                // 50 partitions by default: slow to create on a small machine, and one broker needs few
                Map.entry("offsets.topic.num.partitions", "4"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("message.max.bytes", String.valueOf(maxMessageBytes))));
        return config;
    }

    /** Formats empty storage for node 1 with a new cluster id, as {@code kafka-storage.sh format} does. */
    public static void format(Path logDir) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(logDir.toString())
                .addDirectory(logDir.toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }
}
