package id.perpustakaan.jembatan.indexer.projection;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.List;

/** Reports each bulk item's outcome to the batch it came from. */
final class BatchListener implements BulkListener<BatchListener.Item> {

    private static final int MAX_REASON = 300;

    /** The context of one bulk operation: which batch, which document. */
    record Item(Batch batch, String sourceId, String documentId) {
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Item> items) {
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Item> items, BulkResponse response) {
        List<BulkResponseItem> results = response.items();
        for (int i = 0; i < items.size(); i++) {
            report(items.get(i), results.get(i));
        }
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Item> items, Throwable failure) {
        String reason = "bulk request failed: " + failure;
        items.forEach(item -> item.batch().failedTransiently(reason));
    }

    /** Elasticsearch quotes the offending value, which may be the whole of a huge field. */
    private static String shortened(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
    }

    private static void report(Item item, BulkResponseItem result) {
        if (result.error() == null) {
            item.batch().acknowledged();
            return;
        }
        int status = result.status();
        String type = result.error().type();
        if ("index_not_found_exception".equals(type)) {
            // the alias is gone (its indices were deleted): wait for a rebuild to put one back
            item.batch().failedTransiently(status + " " + type + ": " + result.error().reason());
            return;
        }
        if (status == 409 && "version_conflict_engine_exception".equals(type)) {
            // the index already holds this revision or a newer one: a replay or a reordering, nothing to do
            item.batch().acknowledged();
        } else if (status == 404 && "document_missing_exception".equals(type)) {
            // an update meant only for an entry that is there (an OAI record made exempt): none, nothing to do
            item.batch().acknowledged();
        } else if (status == 429 || status >= 500) {
            item.batch().failedTransiently(status + " " + type + ": " + result.error().reason());
        } else {
            item.batch().rejected(item.sourceId(), item.documentId(),
                    "Elasticsearch refused the document (" + status + " " + type + "): " + shortened(result.error()
                            .reason()));
        }
    }
}
