package id.perpustakaan.jembatan.routes.errors;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.util.ObjectHelper;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * A document Kafka refuses as too large is refused for its content, like an encrypted file: trying again gives the
 * same answer. Turned into that refusal, it takes the same way: its dead letter, and a dropped file to {@code .failed/}
 * beside the reason (instead of to {@code .done/}, as if it had been published).
 */
final class TooLargeForKafka {

    /** The producer's own words: "The message is 9437306 bytes when serialized which is larger than 8388608…". */
    private static final Pattern SIZES = Pattern.compile("(\\d+) bytes when serialized which is larger than (\\d+)");

    private TooLargeForKafka() {
    }

    /** Replaces a caught {@link RecordTooLargeException}, however wrapped, by the refusal it amounts to. */
    static void asRefusal(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        RecordTooLargeException tooLarge = ObjectHelper.getException(RecordTooLargeException.class, caught);
        if (tooLarge != null) {
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT,
                    new ContentRejectedException("publish", reason(tooLarge.getMessage()), tooLarge));
        }
    }

    static String reason(String kafkaMessage) {
        Matcher sizes = SIZES.matcher(String.valueOf(kafkaMessage));
        String what = sizes.find()
                ? "the document is " + sizes.group(1) + " bytes after extraction, Kafka takes " + sizes.group(2)
                : "the document after extraction is more than Kafka takes (" + kafkaMessage + ")";
        return "too large to publish: " + what + " (jembatan.kafka.max-message-bytes): split the file, or raise the"
                + " limit on the broker and in Jembatan";
    }
}
