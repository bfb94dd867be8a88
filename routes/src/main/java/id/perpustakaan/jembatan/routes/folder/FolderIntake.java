package id.perpustakaan.jembatan.routes.folder;

import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.connectors.folder.FolderDisposition;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.File;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

/** Turns the file component's message into {@code RawContent} and decides where the file goes afterwards. */
public class FolderIntake implements Processor {

    private final SourceCatalog sources;
    private final DroppedFile droppedFile;
    private final Clock clock;

    public FolderIntake(SourceCatalog sources, DroppedFile droppedFile, Clock clock) {
        this.sources = sources;
        this.droppedFile = droppedFile;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        GenericFile<?> file = exchange.getMessage().getBody(GenericFile.class);
        exchange.setProperty(ExchangeFacts.LOCATOR, file.getRelativeFilePath());
        exchange.setProperty(ExchangeFacts.FILE_NAME, file.getFileNameOnly());
        FolderDisposition.attach(exchange, FolderSource.inbox(sources.require(sourceId)), file.getFileNameOnly(),
                clock);
        RawContent raw = droppedFile.read(sourceId, ((File) file.getFile()).toPath(), file.getRelativeFilePath());
        exchange.setProperty(ExchangeFacts.SHA256, raw.sha256());
        exchange.getMessage().setBody(raw);
    }
}
