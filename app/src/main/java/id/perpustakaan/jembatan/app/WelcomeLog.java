package id.perpustakaan.jembatan.app;

import id.perpustakaan.jembatan.app.security.FirstAdministrator;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.routes.normalise.TextExtractor;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Jembatan where to drop files and where to search, whether scans can be read, and, once, the
 * embedded default's first administrator.
 */
@Component
class WelcomeLog {

    private static final Logger log = LoggerFactory.getLogger(WelcomeLog.class);

    private final SourceCatalog sources;
    private final ObjectProvider<TextExtractor> extractor;
    private final ObjectProvider<FirstAdministrator> firstAdministrator;

    WelcomeLog(SourceCatalog sources, ObjectProvider<TextExtractor> extractor,
               ObjectProvider<FirstAdministrator> firstAdministrator) {
        this.sources = sources;
        this.extractor = extractor;
        this.firstAdministrator = firstAdministrator;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        StringBuilder message = new StringBuilder("Jembatan is ready.\n");
        sources.all().stream().filter(source -> FolderSource.KIND.equals(source.kind())).forEach(source ->
                message.append(String.format("  drop files for %-40s into %s%n", source.agency().name(),
                        FolderSource.inbox(source))));
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            message.append(String.format("  page:    http://localhost:%d/ (the public search page)%n", port));
            message.append(String.format("  search:  curl 'http://localhost:%d/api/search?q=beasiswa'%n", port));
            message.append(String.format("  review:  http://localhost:%d/review (librarians' accounts: java -jar"
                    + " app/target/jembatan/jembatan.jar user add NAME, or jembatan.security.users)%n", port));
            message.append(String.format("  health:  curl http://localhost:%d/actuator/health%n", port));
        }
        extractor.ifAvailable(parser -> message.append("  ").append(parser.ocr().describe()).append('\n'));
        log.info(message.toString().stripTrailing());
        // apart and as a warning, so that it stands out in the log and is not mistaken for the usual greeting
        firstAdministrator.ifAvailable(first -> first.announceOnce().ifPresent(log::warn));
    }
}
