package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.source.HarvestShares;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;

/**
 * The shares of the sources on a real broker, without an application around them: however members come and go,
 * no source is ever started in two members at once, and every source is started in one.
 */
class HarvestSharesGroupIT {

    private static final int SOURCES = 20;

    private final String run = "group" + Integer.toHexString(new Random().nextInt());
    private final List<HarvestShares> members = new ArrayList<>();
    /** Which member runs each source now; a second start of a running source is recorded as an overlap. */
    private final Map<String, Integer> runningIn = new ConcurrentHashMap<>();
    private final List<String> overlaps = java.util.Collections.synchronizedList(new ArrayList<>());
    private OwnApplication app;

    @AfterEach
    void stop() throws Exception {
        for (HarvestShares member : members) {
            member.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void eachSourceRunsInExactlyOneMemberWhileMembersJoinAndLeave() throws Exception {
        app = OwnApplication.start(run, OwnApplication.NO_SOURCES);
        String bootstrap = app.bean(Environment.class).getProperty("jembatan.kafka.bootstrap-servers");
        String topic = run + ".harvest";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 12, (short) 1))).all().get();
        }
        List<SourceDefinition> sources = IntStream.range(0, SOURCES).mapToObj(i -> new SourceDefinition("feed-" + i,
                new Agency("diskominfo", "Dinas Komunikasi dan Informatika"), "feed", "https://example.go.id/" + i,
                Duration.ofMinutes(1), ReviewPolicy.AUTO, DocumentKind.NEWS)).toList();

        HarvestShares first = member(0, sources, bootstrap, topic);
        await().atMost(Duration.ofSeconds(30)).until(() -> first.harvested().size() == SOURCES);

        HarvestShares second = member(1, sources, bootstrap, topic);
        await().atMost(Duration.ofSeconds(60)).until(() -> !second.harvested().isEmpty()
                && first.harvested().size() + second.harvested().size() == SOURCES);
        Set<String> both = new HashSet<>(first.harvested());
        both.retainAll(second.harvested());
        assertThat(both).as("sources both members harvest").isEmpty();
        assertThat(first.harvested()).isNotEmpty();

        second.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> first.harvested().size() == SOURCES);
        assertThat(overlaps).as("a source started while another member still ran it").isEmpty();
    }

    private HarvestShares member(int number, List<SourceDefinition> sources, String bootstrap, String topic) {
        HarvestShares member = new HarvestShares(sources, KafkaClientConfig.of(bootstrap), topic, run + "-members",
                Duration.ofSeconds(6), new HarvestShares.SourceSwitch() {
                    @Override
                    public void start(String sourceId) {
                        Integer other = runningIn.putIfAbsent(sourceId, number);
                        if (other != null) {
                            overlaps.add(sourceId + " started in " + number + " while running in " + other);
                        }
                    }

                    @Override
                    public void stop(String sourceId) {
                        runningIn.remove(sourceId, number);
                    }
                }, sourceId -> { }, Clock.systemUTC());
        members.add(member);
        member.start();
        return member;
    }
}
