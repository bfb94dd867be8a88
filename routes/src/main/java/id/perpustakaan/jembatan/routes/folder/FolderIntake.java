package id.perpustakaan.jembatan.routes.folder;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.connectors.folder.FolderDisposition;
import id.perpustakaan.jembatan.connectors.folder.FolderSidecars;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.folder.InboxNames;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

/**
 * Turns the file component's message into {@code RawContent}, with what its sidecars declare, and decides where the
 * file goes afterwards. A name that cannot be carried through (too long, not UTF-8) is refused here, under the name
 * it gets in {@code .failed/}, and so is a file whose sidecar is broken.
 */
public class FolderIntake implements Processor {

    private final SourceCatalog sources;
    private final DroppedFile droppedFile;
    private final FolderDisposition.ReasonWriter reasons;
    private final Clock clock;

    public FolderIntake(SourceCatalog sources, DroppedFile droppedFile, FolderDisposition.ReasonWriter reasons,
                        Clock clock) {
        this.sources = sources;
        this.droppedFile = droppedFile;
        this.reasons = reasons;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        File listed = (File) exchange.getMessage().getBody(GenericFile.class).getFile();
        // the file component's own path turns a backslash in the name into a folder and loses non-UTF-8 names
        Path file = InboxNames.onDisk(listed).orElseThrow(() -> new UncheckedIOException(new FileNotFoundException(
                PrintableText.of(listed.toString()) + " was removed before it could be read")));
        String name = file.getFileName().toString();
        Optional<String> problem = InboxNames.problem(file);
        // a refused name is found under its new name in .failed/, which is what "try again" puts back
        exchange.setProperty(ExchangeFacts.LOCATOR, problem.isPresent() ? InboxNames.failedName(file) : name);
        exchange.setProperty(ExchangeFacts.FILE_NAME, name);
        Path inbox = FolderSource.inbox(sources.require(sourceId));
        // looked up once: the disposition moves it with the file, the content carries what it declares
        Optional<Path> sidecar = FolderSidecars.own(file);
        new FolderDisposition(sourceId, inbox, file, sidecar, reasons, clock).attachTo(exchange);
        RawContent raw = droppedFile.read(sourceId, file, name);
        exchange.setProperty(ExchangeFacts.SHA256, raw.sha256());
        problem.ifPresent(reason -> {
            throw new ContentRejectedException("fetch", reason);
        });
        exchange.getMessage().setBody(raw.withDeclared(FolderSidecars.declared(inbox, sidecar)));
    }
}
