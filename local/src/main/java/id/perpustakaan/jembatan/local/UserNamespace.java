package id.perpustakaan.jembatan.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Running a child as an unprivileged user when this process is root, without needing that user to exist. */
final class UserNamespace {

    private UserNamespace() {
    }

    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /**
     * {@code unshare} maps uid/gid 1000 inside a new user namespace onto root outside, so the child is not root to
     * itself yet can write everything root can here.
     */
    static List<String> unprivilegedPrefix() {
        return List.of("unshare", "--user", "--map-user=1000", "--map-group=1000");
    }
}
