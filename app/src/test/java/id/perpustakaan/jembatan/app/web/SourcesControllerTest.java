package id.perpustakaan.jembatan.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.app.sources.LatestRuns;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.routes.feed.FeedKind;
import id.perpustakaan.jembatan.routes.source.RunGate;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRunner;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One run at a time per source: run-now while a run is going says since when, in Bahasa Indonesia first; a source
 * another instance harvests is handed to it; each source shows its latest run wherever it ran.
 */
@WebSlice(SourcesController.class)
@Import(SourcesControllerTest.Sources.class)
class SourcesControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private SourceRuns runs;

    @MockitoBean
    private ProducerTemplate producer;

    @Autowired
    private MockProducer<String, String> handedOver;

    @TestConfiguration
    static class Sources {
        @Bean
        SourceCatalog sourceCatalog() {
            return new SourceCatalog(List.of(new SourceDefinition("disdik-feed", new Agency("disdik",
                    "Dinas Pendidikan"), "feed", "https://disdik.example.go.id/feed", Duration.ofMinutes(15),
                    ReviewPolicy.AUTO, DocumentKind.NEWS), new SourceDefinition("dinsos-feed", new Agency("dinsos",
                    "Dinas Sosial"), "feed", "https://dinsos.example.go.id/feed", Duration.ofMinutes(15),
                    ReviewPolicy.AUTO, DocumentKind.NEWS)));
        }

        @Bean
        SourceRuns sourceRuns(Clock clock) {
            return new SourceRuns(clock);
        }

        @Bean
        RunGate runGate(SourceRuns runs) {
            return new RunGate(runs);
        }

        /** The runs index as it stands: dinsos-feed ran ten minutes ago on another instance. */
        @Bean
        LatestRuns latestRuns() {
            return () -> Map.of("dinsos-feed", new SourceRun("dinsos-feed", WebSlice.NOW.minusSeconds(600),
                    WebSlice.NOW.minusSeconds(540), 3, 1, 7, 0, null, null, null));
        }

        @Bean
        FeedKind feedKind() {
            return new FeedKind();
        }

        /** Kafka's own stand-in for a producer: what would be handed to the instance that harvests a source. */
        @Bean
        MockProducer<String, String> handedOver() {
            return new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        }

        /** This instance harvests disdik-feed; another one harvests the rest. */
        @Bean
        SourceRunner sourceRunner(RunGate gate, ProducerTemplate producer, SourceCatalog sources, FeedKind feeds,
                                  MockProducer<String, String> handedOver) {
            return new SourceRunner(gate, producer, sources, List.of(feeds), "disdik-feed"::equals, handedOver,
                    "jembatan.harvest");
        }
    }

    @AfterEach
    void endTheRun() {
        runs.finished("disdik-feed");
    }

    @Test
    void runNowDuringARunIsAConflictNamingTheRunningRunsStartInWib() throws Exception {
        runs.begin("disdik-feed");

        mvc.perform(post("/api/sources/disdik-feed/run").with(httpBasic("pustakawan", "uji-pustakawan-2025")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.runningSince").value(WebSlice.NOW.toString()))
                .andExpect(jsonPath("$.title").value("Sumber sedang berjalan"))
                .andExpect(jsonPath("$.detail").value("Sumber disdik-feed sedang berjalan sejak 4 Desember 2026"
                        + " pukul 10.00 WIB; jalankan lagi setelah selesai."));
        verify(producer, never()).asyncSend(anyString(), any(Processor.class));
    }

    @Test
    void inEnglishForALibrarianWhoSwitchedToIt() throws Exception {
        runs.begin("disdik-feed");

        // the language switch's choice, remembered in its cookie
        mvc.perform(post("/api/sources/disdik-feed/run").cookie(new Cookie("jembatan-lang", "en"))
                        .with(httpBasic("pustakawan", "uji-pustakawan-2025")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Source disdik-feed has been running since 4 December 2026,"
                        + " 10:00 WIB; run it again once it has finished."));
    }

    @Test
    void runNowOfAnIdleSourceStartsIt() throws Exception {
        mvc.perform(post("/api/sources/disdik-feed/run").with(httpBasic("pustakawan", "uji-pustakawan-2025")))
                .andExpect(status().isAccepted());

        verify(producer).asyncSend(anyString(), any(Processor.class));
        mvc.perform(post("/api/sources/disdik-feed/run").with(httpBasic("pustakawan", "uji-pustakawan-2025")))
                .andExpect(status().isConflict());
    }

    @Test
    void eachSourceShowsItsLatestRunWhereverItRan() throws Exception {
        mvc.perform(get("/api/sources").with(httpBasic("pustakawan", "uji-pustakawan-2025")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("disdik-feed"))
                .andExpect(jsonPath("$[0].lastRun").doesNotExist())
                .andExpect(jsonPath("$[1].id").value("dinsos-feed"))
                .andExpect(jsonPath("$[1].lastRun.added").value(3))
                .andExpect(jsonPath("$[1].lastRun.unchanged").value(7))
                .andExpect(jsonPath("$[1].lastRun.finished").value("2026-12-04T02:51:00Z"));
        mvc.perform(get("/api/sources/dinsos-feed").with(httpBasic("pustakawan", "uji-pustakawan-2025")))
                .andExpect(jsonPath("$.lastRun.changed").value(1));
    }

    @Test
    void runNowOfASourceAnotherInstanceHarvestsIsHandedToIt() throws Exception {
        mvc.perform(post("/api/sources/dinsos-feed/run").with(httpBasic("pustakawan", "uji-pustakawan-2025")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("handed-over"));

        verify(producer, never()).asyncSend(anyString(), any(Processor.class));
        assertThat(handedOver.history()).singleElement().satisfies(request -> {
            assertThat(request.topic()).isEqualTo("jembatan.harvest");
            assertThat(request.key()).isEqualTo("dinsos-feed");
        });
    }
}
