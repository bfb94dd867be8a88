package id.perpustakaan.jembatan.local;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Keeps a test JVM's local broker and node running from the first application context that starts them to the end
 * of the tests, instead of stopping them whenever the last open context closes and starting them again (20–30 s for
 * the node) for the next test's own application. The data they were started with is the whole JVM's, as it already
 * was while a cached test context held them; tests that stop or kill them on purpose (outage and crash drills)
 * still do.
 */
public class LocalServicesForTheSuite implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        LocalServices.acquire();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        LocalServices.release();
    }
}
