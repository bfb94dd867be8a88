package id.perpustakaan.jembatan.routes.sftp;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.sftp.OutboxDisposition;
import id.perpustakaan.jembatan.connectors.sftp.QuietRemoteFiles;
import id.perpustakaan.jembatan.connectors.sftp.SecretFile;
import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RouteTemplateContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.component.file.GenericFileProcessStrategy;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * The route template of SFTP sources: files in an agency's outbox taken once quiet, one after the other on the
 * source's own session, each moved on the server only once Kafka acknowledged its document or its dead letter. An
 * outbox is read by one thread: SFTP outboxes carry a few files a day, and parsing them one by one costs less than a
 * session per worker; sources read in parallel. Each source's route has its own filter, disposition, watch and
 * secrets as beans of the route, so that its endpoint address names none of the secrets.
 */
public class SftpRouteTemplate extends RouteBuilder {

    /** Where a source's watch sends why its outbox could not be read, to be dead-lettered. */
    static final String REFUSED = "direct:jembatan-sftp-refused";

    private final SourceCatalog sources;
    private final OutboxIntake intake;
    private final RepeatedRefusals repeats;
    private final Duration quietPeriod;
    private final Clock clock;
    private final Map<String, QuietRemoteFiles<Object>> quietFiles = new ConcurrentHashMap<>();

    /** @param quietPeriod how long a file's size and time must stay unchanged in the listing before it is taken */
    public SftpRouteTemplate(SourceCatalog sources, OutboxIntake intake, RepeatedRefusals repeats,
                             Duration quietPeriod, Clock clock) {
        this.sources = sources;
        this.intake = intake;
        this.repeats = repeats;
        this.quietPeriod = quietPeriod;
        this.clock = clock;
    }

    @Override
    public void configure() {
        ProducerTemplate refusals = getContext().createProducerTemplate();
        routeTemplate(SftpSource.KIND)
                .templateParameter("sourceId")
                .templateParameter("uri")
                .templateBean(SftpSource.QUIET_FILES, GenericFileFilter.class,
                        context -> quietFiles(sourceId(context)))
                .templateBean(SftpSource.DISPOSITION, GenericFileProcessStrategy.class,
                        context -> new OutboxDisposition<>(sourceId(context), quietFiles(sourceId(context)), clock))
                .templateBean(SftpSource.WATCH, PollingConsumerPollStrategy.class,
                        context -> new OutboxWatch(source(context), refusals, repeats))
                // read when the endpoint is made, i.e. when the route is; never part of its address
                .templateBean(SftpSource.PASSWORD, String.class, context -> SecretFile.read(
                        SftpSource.file(source(context), SftpSource.PASSWORD_FILE)))
                .templateBean(SftpSource.PASSPHRASE, String.class, context -> SecretFile.read(
                        SftpSource.file(source(context), SftpSource.PRIVATE_KEY_PASSPHRASE_FILE)))
                .from("{{uri}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                // the intake reads the file's stream itself, up to the size limit; Camel's cache would first copy all
                // of it, to memory and then to disk, however large
                .noStreamCaching()
                .routeConfigurationId(ErrorHandling.ID)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .process(intake)
                .to(NormaliseRoute.INGEST);

        from(REFUSED).routeId("sftp-refused").routeConfigurationId(ErrorHandling.ID)
                .process(exchange -> {
                    throw new ContentRejectedException("connect", exchange.getMessage().getBody(String.class));
                });
    }

    private static String sourceId(RouteTemplateContext context) {
        return context.getProperty("sourceId", String.class);
    }

    private SourceDefinition source(RouteTemplateContext context) {
        return sources.require(sourceId(context));
    }

    /** One per source, shared by its filter, which takes files, and its disposition, which pauses or forgets them. */
    private QuietRemoteFiles<Object> quietFiles(String sourceId) {
        return quietFiles.computeIfAbsent(sourceId, id -> new QuietRemoteFiles<>(quietPeriod, clock));
    }
}
