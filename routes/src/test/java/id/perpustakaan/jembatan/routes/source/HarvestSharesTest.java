package id.perpustakaan.jembatan.routes.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

/** A source's share is the partition Kafka's own producer puts a record keyed by the source on. */
class HarvestSharesTest {

    @Test
    void aSourceBelongsWhereARunRequestForItLands() {
        for (String sourceId : new String[] {"disdik", "diskominfo-rss", "jdih-sawahlunto", "dinsos-web", "ü-ß"}) {
            for (int partitions : new int[] {1, 3, 12}) {
                assertThat(HarvestShares.partitionOf(sourceId, partitions)).as(sourceId + " of " + partitions)
                        .isEqualTo(BuiltInPartitioner.partitionForKey(sourceId.getBytes(StandardCharsets.UTF_8),
                                partitions));
            }
        }
    }

    @Test
    void twentySourcesSpreadOverTwelvePartitions() {
        Map<Integer, Integer> perPartition = new HashMap<>();
        IntStream.range(0, 20).forEach(i -> perPartition.merge(HarvestShares.partitionOf("feed-" + i, 12), 1,
                Integer::sum));
        // no partition, and so no instance, gets most of them
        assertThat(perPartition.size()).isGreaterThanOrEqualTo(8);
        assertThat(perPartition.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(5));
    }
}
