package id.perpustakaan.jembatan.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load, printed beside a benchmark's numbers: on a shared machine they mean little without it. */
final class MachineLoad {

    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    private MachineLoad() {
    }

    /** Load averages over 1, 5 and 15 minutes, and the processors they are shared by. */
    static String describe() {
        int processors = Runtime.getRuntime().availableProcessors();
        try {
            String[] averages = Files.readString(LOAD_AVERAGE).trim().split("\\s+");
            return "load average " + averages[0] + " " + averages[1] + " " + averages[2] + " on " + processors
                    + " processors";
        } catch (IOException | RuntimeException e) {
            // not Linux: the one-minute average is all the JVM offers
            return String.format("load average %.2f on %d processors",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), processors);
        }
    }
}
