package id.perpustakaan.jembatan.connectors.http;

import java.time.Clock;
import java.time.Duration;

/**
 * What every fetch in the process shares, whichever source it is for: one request at a time per host with a pause
 * between, and each site's robots.txt read once. An agency's feed and its website are two sources on one host;
 * paced separately they would hit that host in parallel.
 */
public final class Politeness {

    final HostPacing pacing = new HostPacing();
    final RobotsCache robots;

    /**
     * @param clock     decides when cached robots.txt rules are too old
     * @param robotsTtl how long robots.txt rules are kept before being read again
     * @param userAgent whose group of a robots.txt applies
     */
    public Politeness(Clock clock, Duration robotsTtl, String userAgent) {
        this.robots = new RobotsCache(clock, robotsTtl, userAgent);
    }

    /** The process-wide defaults: the system clock, robots.txt kept an hour, Jembatan's user agent. */
    public static Politeness standard(Clock clock) {
        return new Politeness(clock, RobotsCache.DEFAULT_TTL, FetchPolicy.USER_AGENT);
    }
}
