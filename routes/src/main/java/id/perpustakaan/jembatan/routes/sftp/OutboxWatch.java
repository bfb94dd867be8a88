package id.perpustakaan.jembatan.routes.sftp;

import id.perpustakaan.jembatan.connectors.sftp.ConnectionRefusal;
import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says why an outbox could not be read at all (a host key refused, credentials refused, a server away): one dead
 * letter with the reason, as a feed that cannot be read is one, its repeats counted beside it until the outbox is
 * read again. Camel's own poll strategy for remote files goes on as before: it drops the session, and the next poll
 * connects anew.
 */
final class OutboxWatch extends RemoteFilePollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWatch.class);

    private final SourceDefinition source;
    private final ProducerTemplate refusals;
    private final RepeatedRefusals repeats;

    OutboxWatch(SourceDefinition source, ProducerTemplate refusals, RepeatedRefusals repeats) {
        this.source = source;
        this.refusals = refusals;
        this.repeats = repeats;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        // read again: a later refusal is news
        repeats.resolved(source.id(), source.location());
        super.commit(consumer, endpoint, polledMessages);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause)
            throws Exception {
        String reason = ConnectionRefusal.reason(cause, SftpSource.address(source),
                source.option(SftpSource.USERNAME, ""), SftpSource.file(source, SftpSource.KNOWN_HOSTS_FILE));
        try {
            refusals.send(SftpRouteTemplate.REFUSED, exchange -> {
                exchange.setProperty(ExchangeFacts.SOURCE_ID, source.id());
                exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
                exchange.getMessage().setBody(reason);
            });
        } catch (RuntimeException e) {
            LOG.warn("source '{}': {}; its dead letter cannot be written ({})", source.id(), reason,
                    PrintableText.of(e.toString()));
        }
        return super.rollback(consumer, endpoint, retryCounter, cause);
    }
}
