package id.perpustakaan.jembatan.app;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of web harvesting: a local server standing in for the agency's site, and an application of the test's
 * own (started by the test, with the sources it writes), both stopped after each test.
 */
abstract class AgencySiteIT {

    protected LocalOrigin origin;
    protected OwnApplication app;
    /** Names this test's sources, index and consumer group. */
    protected final String run;

    protected AgencySiteIT(String stem) {
        this.run = stem + Integer.toHexString(new Random().nextInt());
    }

    @BeforeEach
    void startOrigin() throws Exception {
        origin = new LocalOrigin();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        origin.close();
    }
}
