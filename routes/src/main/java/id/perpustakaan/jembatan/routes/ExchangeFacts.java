package id.perpustakaan.jembatan.routes;

import id.perpustakaan.jembatan.model.RawContent;
import org.apache.camel.Exchange;

/**
 * Exchange properties that say which item an exchange carries, so that a failure at any stage can name it in its
 * dead letter. Bodies are records from {@code model}; these are only facts about transport.
 */
public final class ExchangeFacts {

    public static final String SOURCE_ID = "JembatanSourceId";
    public static final String LOCATOR = "JembatanLocator";
    public static final String FILE_NAME = "JembatanFileName";
    public static final String SHA256 = "JembatanSha256";
    public static final String DOCUMENT_ID = "JembatanDocumentId";
    /** Whether the document goes to the public topic at once ({@code auto} review policy). */
    public static final String PUBLISH_AT_ONCE = "JembatanPublishAtOnce";
    /** What publishing the document means, for the log: "published", or waiting for review and why. */
    public static final String OUTCOME = "JembatanOutcome";

    private ExchangeFacts() {
    }

    /** Names the item a split exchange carries, so that a failure can say which. */
    public static void nameItem(Exchange exchange) {
        RawContent raw = exchange.getMessage().getBody(RawContent.class);
        exchange.setProperty(LOCATOR, raw.locator());
        exchange.setProperty(FILE_NAME, raw.fileName());
        exchange.setProperty(SHA256, raw.sha256());
    }
}
