package id.perpustakaan.jembatan.local;

/**
 * Stops and restarts the local Kafka broker under a running application, with its data and port kept: how the
 * outage drills show that harvesting waits for the broker and loses nothing meanwhile.
 */
public final class KafkaOutage {

    private KafkaOutage() {
    }

    public static void begin() {
        LocalServices.stopKafka();
    }

    public static void end() {
        LocalServices.restartKafka();
    }
}
