package id.perpustakaan.jembatan.app.bench;

import id.perpustakaan.jembatan.app.JembatanApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Jembatan as the drop benchmarks run it: in their JVM, with its own local broker and node on free ports, one inbox
 * folder source of its own (plus whatever other sources a benchmark adds), and indices and consumer groups named
 * after the run.
 */
final class BenchJembatan {

    private BenchJembatan() {
    }

    /**
     * @param moreSources entries for the sources file beside the inbox, indented as its list items ("" for none)
     * @param moreArguments further command-line settings
     */
    static ConfigurableApplicationContext start(Path data, Path inbox, String run, String moreSources,
                                                String... moreArguments) throws IOException {
        Path sources = Files.writeString(data.resolve("sources.yml"), """
                jembatan:
                  sources:
                    - id: bench-inbox
                      agency-code: bench
                      agency-name: Dinas Uji Kecepatan
                      kind: folder
                      path: %s
                      schedule: 1s
                      review: auto
                      default-kind: announcement
                %s""".formatted(inbox, moreSources));
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--jembatan.data-dir=" + data,
                "--JEMBATAN_SOURCES_FILE=file:" + sources, "--jembatan.local.kafka.port=0",
                "--jembatan.local.elasticsearch.port=0", "--jembatan.elasticsearch.index-prefix=" + run,
                "--jembatan.indexer.group-prefix=" + run, "--jembatan.harvest.shares.group=" + run + "-harvest",
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(JembatanApplication.class).run(arguments.toArray(String[]::new));
    }
}
