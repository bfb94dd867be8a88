package id.perpustakaan.jembatan.routes.upload;

import id.perpustakaan.jembatan.connectors.upload.UploadNames;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.folder.FolderIntake;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * An uploaded file is taken as a dropped file is ({@link FolderIntake}: its sidecar, its move once Kafka has it),
 * and is the document of its key rather than of its file name: a replacement sent as another format is a new
 * revision of the same document, whose id the upload API answered with.
 */
public class UploadIntake implements Processor {

    private final FolderIntake folder;

    public UploadIntake(FolderIntake folder) {
        this.folder = folder;
    }

    @Override
    public void process(Exchange exchange) {
        folder.process(exchange);
        RawContent raw = exchange.getMessage().getBody(RawContent.class);
        String key = UploadNames.keyOf(raw.locator());
        exchange.setProperty(ExchangeFacts.LOCATOR, key);
        exchange.getMessage().setBody(raw.withLocator(key));
    }
}
