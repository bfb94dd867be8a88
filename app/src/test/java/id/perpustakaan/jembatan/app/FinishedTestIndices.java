package id.perpustakaan.jembatan.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Removes the indices of the runs a test class started ({@link OwnApplication}) once the class has ended and their
 * applications are closed. A test JVM's node is shared by every class it runs: left in place, some forty classes
 * leave it well over a hundred indices, and each stop, kill or restart of the node (the outage and crash drills) then
 * waits for all of them to recover, minutes on a busy two-core machine, for data no test reads again. The indices of
 * the shared test context ({@link PipelineIT}) and of tests that start applications by other means stay.
 */
public class FinishedTestIndices implements TestExecutionListener {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.getSource().filter(ClassSource.class::isInstance).isEmpty()) {
            return;
        }
        OwnApplication.takeClosedRuns().forEach(this::remove);
    }

    private void remove(String run, String node) {
        try {
            // by name: Elasticsearch refuses to delete indices by a wildcard (action.destructive_requires_name)
            String listed = send(HttpRequest.newBuilder(URI.create(node + "/_cat/indices/" + run + "-*?h=index"
                    + "&expand_wildcards=all")).GET());
            List<String> indices = listed.lines().map(String::trim).filter(name -> name.startsWith(run + "-"))
                    .toList();
            if (!indices.isEmpty()) {
                send(HttpRequest.newBuilder(URI.create(node + "/" + String.join(",", indices))).DELETE());
            }
        } catch (Exception e) {
            // a node a failed drill left down keeps them: nothing a later test depends on
            System.out.printf("indices of the finished run %s left on %s: %s%n", run, node, e);
        }
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
