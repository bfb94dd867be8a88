package id.perpustakaan.jembatan.routes;

import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.connectors.folder.FolderDisposition;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.folder.QuietFiles;
import id.perpustakaan.jembatan.connectors.http.Politeness;
import id.perpustakaan.jembatan.connectors.smb.ShareFileReader;
import id.perpustakaan.jembatan.connectors.smb.ShareSightings;
import id.perpustakaan.jembatan.connectors.smb.SmbSource;
import id.perpustakaan.jembatan.routes.archive.ArchiveProperties;
import id.perpustakaan.jembatan.routes.archive.FolderArchive;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import id.perpustakaan.jembatan.routes.archive.S3Archive;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.PrintableLogLines;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.api.ApiHarvest;
import id.perpustakaan.jembatan.routes.api.ApiKind;
import id.perpustakaan.jembatan.routes.api.ApiRouteTemplate;
import id.perpustakaan.jembatan.routes.ckan.CkanHarvest;
import id.perpustakaan.jembatan.routes.ckan.CkanKind;
import id.perpustakaan.jembatan.routes.ckan.CkanRouteTemplate;
import id.perpustakaan.jembatan.routes.feed.FeedHarvest;
import id.perpustakaan.jembatan.routes.feed.FeedKind;
import id.perpustakaan.jembatan.routes.feed.FeedRouteTemplate;
import id.perpustakaan.jembatan.routes.jdihn.JdihnHarvest;
import id.perpustakaan.jembatan.routes.jdihn.JdihnKind;
import id.perpustakaan.jembatan.routes.jdihn.JdihnRouteTemplate;
import id.perpustakaan.jembatan.routes.feed.WebPolicies;
import id.perpustakaan.jembatan.routes.web.WebHarvest;
import id.perpustakaan.jembatan.routes.web.WebKind;
import id.perpustakaan.jembatan.routes.web.WebRouteTemplate;
import id.perpustakaan.jembatan.routes.wordpress.WordPressHarvest;
import id.perpustakaan.jembatan.routes.wordpress.WordPressKind;
import id.perpustakaan.jembatan.routes.wordpress.WordPressRouteTemplate;
import id.perpustakaan.jembatan.routes.folder.FolderIntake;
import id.perpustakaan.jembatan.routes.folder.FolderKind;
import id.perpustakaan.jembatan.routes.folder.FolderMirror;
import id.perpustakaan.jembatan.routes.folder.FolderMirrorRouteTemplate;
import id.perpustakaan.jembatan.routes.folder.FolderRouteTemplate;
import id.perpustakaan.jembatan.routes.smb.SmbHarvest;
import id.perpustakaan.jembatan.routes.smb.SmbMirrorRouteTemplate;
import id.perpustakaan.jembatan.routes.smb.SmbKind;
import id.perpustakaan.jembatan.routes.smb.SmbRouteTemplate;
import id.perpustakaan.jembatan.routes.sftp.OutboxIntake;
import id.perpustakaan.jembatan.routes.sftp.SftpKind;
import id.perpustakaan.jembatan.routes.sftp.SftpMirrorRouteTemplate;
import id.perpustakaan.jembatan.routes.sftp.SftpRouteTemplate;
import id.perpustakaan.jembatan.routes.upload.UploadIntake;
import id.perpustakaan.jembatan.routes.upload.UploadKind;
import id.perpustakaan.jembatan.routes.upload.UploadRouteTemplate;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import id.perpustakaan.jembatan.model.Topics;
import id.perpustakaan.jembatan.routes.mirror.MirrorMemory;
import id.perpustakaan.jembatan.routes.mirror.MirrorRemovalsRoute;
import id.perpustakaan.jembatan.routes.mirror.RemoteMirror;
import id.perpustakaan.jembatan.routes.normalise.Duplicates;
import id.perpustakaan.jembatan.routes.normalise.DocumentsTopicFollower;
import id.perpustakaan.jembatan.routes.normalise.MemorySnapshot;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.normalise.Languages;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.normalise.Normaliser;
import id.perpustakaan.jembatan.routes.normalise.TextExtractor;
import id.perpustakaan.jembatan.routes.publish.HarvestMeters;
import id.perpustakaan.jembatan.routes.publish.KafkaComponentConnection;
import id.perpustakaan.jembatan.routes.publish.MeteredKafkaClients;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.publish.WithdrawalRoutes;
import id.perpustakaan.jembatan.routes.records.RecordSources;
import id.perpustakaan.jembatan.routes.records.RecordsRoute;
import id.perpustakaan.jembatan.routes.publish.RouteMeters;
import id.perpustakaan.jembatan.routes.publish.ReviewRules;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import id.perpustakaan.jembatan.routes.source.HarvestRole;
import id.perpustakaan.jembatan.routes.source.RunGate;
import id.perpustakaan.jembatan.routes.source.SourceRoutes;
import id.perpustakaan.jembatan.routes.source.RunHistory;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.RoutePolicyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;

/** The harvesting side: source kinds, normalisation, publishing and their routes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HarvestProperties.class, ReviewRules.class, ArchiveProperties.class})
public class RoutesConfiguration {

    @Bean
    OriginalArchive originalArchive(HarvestProperties harvest, ArchiveProperties archive) {
        return archive.inBucket() ? S3Archive.connect(archive.s3()) : new FolderArchive(harvest.originals());
    }

    @Bean
    TextExtractor textExtractor(HarvestProperties harvest, MeterRegistry meters) {
        return new TextExtractor(harvest.parserSettings(), meters);
    }

    /** Camel applies the factories it finds to every route. */
    @Bean
    RoutePolicyFactory routeMeters(MeterRegistry meters) {
        return new RouteMeters(meters);
    }

    @Bean
    Languages languages() {
        return new Languages();
    }

    @Bean
    Duplicates duplicates(HarvestProperties harvest) {
        return new Duplicates(harvest.nearDuplicateThreshold());
    }

    @Bean
    KnownRevisions knownRevisions() {
        return KnownRevisions.loading();
    }

    /**
     * One reader of the documents topic fills both memories, in the background, so that a large topic does not hold
     * the start-up (search and review answer meanwhile); items wait for it in the ingest route.
     */
    @Bean(initMethod = "start", destroyMethod = "close")
    DocumentsTopicFollower documentsTopicFollower(Duplicates duplicates, KnownRevisions revisions,
                                                  ObjectProvider<MemorySnapshot> snapshot, HarvestProperties harvest,
                                                  Environment environment, MeterRegistry meters) {
        return new DocumentsTopicFollower(duplicates, revisions, kafkaClients(environment),
                environment.getProperty("jembatan.topics.documents", Topics.DEFAULT.documents()),
                Optional.ofNullable(snapshot.getIfAvailable()),
                harvest.memory().snapshotWait(), harvest.memory().catchUpLimit(), meters);
    }

    /** The route's Kafka producers connect as every other client does, and are measured. */
    @Bean
    ComponentCustomizer kafkaComponentConnection(Environment environment, MeteredKafkaClients clients) {
        return KafkaComponentConnection.customizer(kafkaClients(environment), clients);
    }

    @Bean(destroyMethod = "close")
    MeteredKafkaClients meteredKafkaClients(MeterRegistry meters) {
        return new MeteredKafkaClients(meters);
    }

    /** The same keys the indexer and the application read (jembatan.kafka.*): one place decides for every client. */
    static KafkaClientConfig kafkaClients(Environment environment) {
        return Binder.get(environment).bind("jembatan.kafka", KafkaClientConfig.class)
                .orElseGet(() -> new KafkaClientConfig(null, Map.of()));
    }

    @Bean
    // duplicates are only known once the documents topic has been read
    @DependsOn("knownRevisions")
    Normaliser normaliser(SourceCatalog sources, OriginalArchive archive, TextExtractor extractor,
                          Languages languages, Duplicates duplicates, HarvestProperties harvest, Clock clock) {
        return Normaliser.standard(sources, archive, extractor, languages, duplicates, harvest.summaryLength(),
                clock);
    }

    @Bean
    FolderKind folderKind() {
        return new FolderKind();
    }

    /** Referred to by name from every folder endpoint. */
    @Bean(FolderSource.QUIET_FILES)
    QuietFiles quietFiles(HarvestProperties harvest, Clock clock) {
        return new QuietFiles(harvest.readLockCheck(), harvest.minFreeSpace().toBytes(), clock,
                QuietFiles.FILE_SYSTEM);
    }

    @Bean
    PrintableLogLines printableLogLines() {
        return new PrintableLogLines();
    }

    @Bean
    SourceRuns sourceRuns(Clock clock, ObjectProvider<RunHistory> history) {
        RunHistory last = history.getIfAvailable();
        return last == null ? new SourceRuns(clock) : new SourceRuns(clock, last);
    }

    @Bean
    RunGate runGate(SourceRuns runs) {
        return new RunGate(runs);
    }

    @Bean
    RepeatedRefusals repeatedRefusals(Clock clock) {
        return new RepeatedRefusals(clock);
    }

    @Bean
    ErrorHandling errorHandling(HarvestProperties harvest, SourceRuns runs, RepeatedRefusals repeats, Clock clock) {
        return new ErrorHandling(harvest.retries(), harvest.retryDelay(), runs, repeats, clock);
    }

    @Bean
    PublishRoutes publishRoutes(KnownRevisions revisions, RepeatedRefusals repeats, MeterRegistry meters,
                                Clock clock) {
        return new PublishRoutes(revisions, repeats, new HarvestMeters(meters), clock);
    }

    @Bean
    NormaliseRoute normaliseRoute(Normaliser normaliser, SourceCatalog sources, KnownRevisions revisions,
                                  SourceRuns runs, ReviewRules reviewRules, RecordSources records) {
        return new NormaliseRoute(normaliser, sources, revisions, runs, reviewRules, records);
    }

    @Bean
    RecordSources recordSources(SourceCatalog sources) {
        return new RecordSources(sources);
    }

    @Bean
    RecordsRoute recordsRoute(RecordSources records, SourceCatalog sources, KnownRevisions revisions, Clock clock,
                              HarvestProperties harvest) {
        return new RecordsRoute(records, sources, revisions, clock, harvest.workers());
    }

    @Bean
    FolderRouteTemplate folderRouteTemplate(SourceCatalog sources, HarvestProperties harvest, Clock clock) {
        var droppedFile = new DroppedFile(harvest.maxFileSize().toBytes(), clock);
        return new FolderRouteTemplate(new FolderIntake(sources, droppedFile, FolderDisposition.FILE_SYSTEM, clock),
                harvest.workers());
    }

    @Bean
    MirrorMemory mirrorMemory() {
        return new MirrorMemory();
    }

    @Bean
    FolderMirrorRouteTemplate folderMirrorRouteTemplate(SourceCatalog sources, KnownRevisions revisions,
                                                        MirrorMemory memory, HarvestProperties harvest, Clock clock) {
        return new FolderMirrorRouteTemplate(new FolderMirror(sources, revisions, memory,
                new DroppedFile(harvest.maxFileSize().toBytes(), clock)), harvest.workers());
    }

    @Bean
    MirrorRemovalsRoute mirrorRemovalsRoute(MirrorMemory memory, RepeatedRefusals repeats) {
        return new MirrorRemovalsRoute(memory, repeats);
    }

    @Bean
    RemoteMirror remoteMirror(SourceCatalog sources, KnownRevisions revisions, MirrorMemory memory,
                              HarvestProperties harvest, Clock clock) {
        return new RemoteMirror(sources, revisions, memory, harvest.maxFileSize().toBytes(), clock);
    }

    @Bean
    WithdrawalRoutes withdrawalRoutes(KnownRevisions revisions, Duplicates duplicates, Clock clock) {
        return new WithdrawalRoutes(revisions, duplicates, clock);
    }

    @Bean
    SmbKind smbKind() {
        return new SmbKind();
    }

    @Bean
    SmbRouteTemplate smbRouteTemplate(SourceCatalog sources, HarvestProperties harvest, RunGate gate,
                                      RepeatedRefusals repeats, Clock clock) {
        return new SmbRouteTemplate(new SmbHarvest(sources, new ShareFileReader(harvest.maxFileSize().toBytes(), clock),
                new ShareSightings(harvest.readLockCheck(), clock), harvest.minFreeSpace().toBytes(),
                SmbSource.ANSWER_WITHIN, clock), gate, repeats);
    }

    @Bean
    SmbMirrorRouteTemplate smbMirrorRouteTemplate(RemoteMirror mirror, RunGate gate) {
        return new SmbMirrorRouteTemplate(mirror, SmbSource.ANSWER_WITHIN, gate);
    }

    @Bean
    SftpKind sftpKind() {
        return new SftpKind();
    }

    @Bean
    SftpRouteTemplate sftpRouteTemplate(SourceCatalog sources, HarvestProperties harvest, RepeatedRefusals repeats,
                                        Clock clock) {
        return new SftpRouteTemplate(sources, new OutboxIntake(harvest.maxFileSize().toBytes(), clock), repeats,
                harvest.readLockCheck(), clock);
    }

    @Bean
    SftpMirrorRouteTemplate sftpMirrorRouteTemplate(RemoteMirror mirror, RunGate gate) {
        return new SftpMirrorRouteTemplate(mirror, gate);
    }

    @Bean
    UploadKind uploadKind(Environment environment) {
        return new UploadKind(Path.of(environment.getRequiredProperty("jembatan.uploads.inboxes")));
    }

    @Bean
    UploadRouteTemplate uploadRouteTemplate(SourceCatalog sources, HarvestProperties harvest, Clock clock) {
        var droppedFile = new DroppedFile(harvest.maxFileSize().toBytes(), clock);
        return new UploadRouteTemplate(new UploadIntake(
                new FolderIntake(sources, droppedFile, FolderDisposition.FILE_SYSTEM, clock)));
    }

    @Bean
    WebPolicies webPolicies(Clock clock) {
        return new WebPolicies(Politeness.standard(clock));
    }

    @Bean
    FeedKind feedKind() {
        return new FeedKind();
    }

    @Bean
    FeedRouteTemplate feedRouteTemplate(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions,
                                        SourceRuns runs, RunGate gate, RepeatedRefusals repeats, Clock clock) {
        return new FeedRouteTemplate(new FeedHarvest(sources, policies, revisions, runs, clock), gate, repeats);
    }

    @Bean
    JdihnKind jdihnKind() {
        return new JdihnKind();
    }

    @Bean
    JdihnRouteTemplate jdihnRouteTemplate(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions,
                                          SourceRuns runs, RunGate gate, RepeatedRefusals repeats, Clock clock) {
        return new JdihnRouteTemplate(new JdihnHarvest(sources, policies, revisions, runs, clock), gate, repeats);
    }

    @Bean
    CkanKind ckanKind() {
        return new CkanKind();
    }

    @Bean
    CkanRouteTemplate ckanRouteTemplate(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions,
                                        SourceRuns runs, RunGate gate, RepeatedRefusals repeats, Clock clock) {
        return new CkanRouteTemplate(new CkanHarvest(sources, policies, revisions, runs, clock), gate, repeats);
    }

    @Bean
    ApiKind apiKind() {
        return new ApiKind();
    }

    @Bean
    ApiRouteTemplate apiRouteTemplate(SourceCatalog sources, WebPolicies policies, SourceRuns runs, RunGate gate,
                                      RepeatedRefusals repeats, Clock clock) {
        return new ApiRouteTemplate(new ApiHarvest(sources, policies, runs, clock), gate, repeats);
    }

    @Bean
    WordPressKind wordPressKind() {
        return new WordPressKind();
    }

    @Bean
    WordPressRouteTemplate wordPressRouteTemplate(SourceCatalog sources, WebPolicies policies,
                                                  KnownRevisions revisions, SourceRuns runs, RunGate gate,
                                                  RepeatedRefusals repeats, Clock clock) {
        var feeds = new FeedHarvest(sources, policies, revisions, runs, clock);
        return new WordPressRouteTemplate(new WordPressHarvest(sources, policies, revisions, runs, feeds, clock), gate,
                repeats);
    }

    @Bean
    WebKind webKind() {
        return new WebKind();
    }

    @Bean
    WebRouteTemplate webRouteTemplate(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions,
                                      RunGate gate, RepeatedRefusals repeats, Clock clock) {
        return new WebRouteTemplate(new WebHarvest(sources, policies, revisions, clock), gate, repeats);
    }

    @Bean
    @Conditional(HarvestRole.class)
    SourceRoutes sourceRoutes(SourceCatalog sources, List<SourceKind> kinds) {
        Map<String, SourceKind> byName = kinds.stream()
                .collect(Collectors.toMap(SourceKind::name, Function.identity()));
        return new SourceRoutes(sources, byName);
    }
}
