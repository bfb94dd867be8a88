package id.perpustakaan.jembatan.routes.folder;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A folder route of its own for each test, on an inbox of its own, stopped after it. */
abstract class FolderRouteCase {

    static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path inbox;

    FolderRouteHarness route;

    @BeforeEach
    void startRoutes() throws Exception {
        route = new FolderRouteHarness(inbox);
    }

    @AfterEach
    void stopRoutes() {
        route.close();
    }
}
