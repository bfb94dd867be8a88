package id.perpustakaan.jembatan.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeConfigurationTest {

    @TempDir
    Path home;
    @TempDir
    Path data;

    @Test
    void copiesTheDistributionsConfigurationOnceAndKeepsWhatTheNodeAddedToIt() throws Exception {
        distribution();

        Path config = NodeConfiguration.ofNode(home, data);
        assertThat(config).isEqualTo(data.resolve("config"));
        assertThat(config.resolve("jvm.options")).hasContent("-Xss1m");
        assertThat(config.resolve("jvm.options.d/heap.options")).hasContent("-Xms512m");
        Files.writeString(config.resolve("elasticsearch.keystore"), "the node's own");
        Files.writeString(home.resolve("config/jvm.options"), "-Xss2m");

        assertThat(NodeConfiguration.ofNode(home, data)).isEqualTo(config);
        assertThat(config.resolve("elasticsearch.keystore")).hasContent("the node's own");
        assertThat(config.resolve("jvm.options")).hasContent("-Xss1m");
    }

    @Test
    void startsAtTheSameTimeEndWithOneWholeCopyAndNothingBeside() throws Exception {
        distribution();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Path>> starts = IntStream.range(0, 8)
                    .<Callable<Path>>mapToObj(n -> () -> NodeConfiguration.ofNode(home, data)).toList();
            for (Future<Path> start : pool.invokeAll(starts)) {
                assertThat(start.get()).isEqualTo(data.resolve("config"));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(data.resolve("config/jvm.options.d/heap.options")).hasContent("-Xms512m");
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left).containsExactly(data.resolve("config"));
        }
    }

    private void distribution() throws Exception {
        Files.createDirectories(home.resolve("config/jvm.options.d"));
        Files.writeString(home.resolve("config/jvm.options"), "-Xss1m");
        Files.writeString(home.resolve("config/jvm.options.d/heap.options"), "-Xms512m");
    }
}
