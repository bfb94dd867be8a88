package id.perpustakaan.jembatan.indexer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the projections consume Kafka and write to Elasticsearch.
 *
 * @param groupPrefix        consumer groups are {@code <prefix>-public}, {@code <prefix>-inbox}
 * @param maxPollRecords     records per poll, i.e. per acknowledged batch
 * @param bulkConcurrency    bulk requests in flight (2-4 is measurably faster than 1 on two cores)
 * @param acknowledgeTimeout how long a batch may wait for Elasticsearch before it is retried
 * @param retryBackoff       first pause after a failed batch; doubles up to 15 s
 */
@ConfigurationProperties("jembatan.indexer")
public record IndexerProperties(
        String groupPrefix,
        int maxPollRecords,
        int bulkConcurrency,
        Duration acknowledgeTimeout,
        Duration retryBackoff) {
}
