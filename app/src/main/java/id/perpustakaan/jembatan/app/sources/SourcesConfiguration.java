package id.perpustakaan.jembatan.app.sources;

import id.perpustakaan.jembatan.indexer.inbox.InboxSnapshot;
import id.perpustakaan.jembatan.indexer.runs.RunSearch;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.InvalidSourcesException;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.normalise.MemorySnapshot;
import id.perpustakaan.jembatan.routes.source.RunHistory;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Reads {@code jembatan.sources} (the sources file) and validates it at start-up: every mistake is reported with
 * its source, key and fix, and the application does not start until they are fixed.
 */
@Configuration(proxyBeanMethods = false)
class SourcesConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The harvesters' memory is restored from the inbox index, and only the records after it from Kafka. */
    @Bean
    MemorySnapshot inboxMemorySnapshot(InboxSnapshot inbox) {
        return new MemorySnapshot() {
            @Override
            public Optional<Map<Integer, Long>> restore(Consumer<Document> each) throws IOException {
                return inbox.restore(each);
            }

            @Override
            public String toString() {
                return inbox.toString();
            }
        };
    }

    @Bean
    LatestRuns latestRuns(RunSearch runs) {
        return runs::all;
    }

    /** A source first harvested here since the start goes on from its last run, wherever that was. */
    @Bean
    RunHistory runHistory(RunSearch runs) {
        return runs::last;
    }

    @Bean
    SourceCatalog sourceCatalog(Environment environment, List<SourceKind> kinds) {
        List<SourceSettings> entries = Binder.get(environment)
                .bind("jembatan.sources", Bindable.listOf(SourceSettings.class))
                .orElse(List.of());
        Map<String, SourceKind> byName = kinds.stream()
                .collect(Collectors.toMap(SourceKind::name, Function.identity()));
        List<SourceDefinition> definitions = SourceSettings.validateAll(entries, byName.keySet()).stream()
                .map(definition -> byName.get(definition.kind()).withDefaults(definition))
                .toList();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            SourceDefinition definition = definitions.get(i);
            problems.addAll(byName.get(definition.kind()).check(definition, i));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourcesException(problems);
        }
        return new SourceCatalog(definitions);
    }
}
