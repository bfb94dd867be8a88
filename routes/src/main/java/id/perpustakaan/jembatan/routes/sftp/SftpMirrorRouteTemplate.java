package id.perpustakaan.jembatan.routes.sftp;

import id.perpustakaan.jembatan.connectors.mirror.RemoteTree;
import id.perpustakaan.jembatan.connectors.sftp.ConnectionRefusal;
import id.perpustakaan.jembatan.connectors.sftp.OutboxTree;
import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.mirror.RemoteMirror;
import id.perpustakaan.jembatan.routes.mirror.RemoteMirrorRouteTemplate;
import id.perpustakaan.jembatan.routes.source.RunGate;
import java.io.IOException;

/**
 * The route template of mirrored SFTP outboxes ({@code mode: mirror}): the outbox and its subfolders are the agency's
 * published set, looked at on the source's schedule over one SFTP session signed in as a drop outbox's is (the same
 * account, secrets and strictly checked host key), and only read. Camel's sftp consumer is not used for it: it is made
 * to take files, where a look lists the whole set and reads a few.
 */
public class SftpMirrorRouteTemplate extends RemoteMirrorRouteTemplate {

    public static final String TEMPLATE = "sftp-mirror";
    public static final String RUN = "direct:jembatan-run-sftp-mirror";

    public SftpMirrorRouteTemplate(RemoteMirror mirror, RunGate gate) {
        super(TEMPLATE, RUN, mirror, gate);
    }

    @Override
    public String name() {
        return SftpSource.CONNECTOR;
    }

    @Override
    public RemoteTree open(SourceDefinition source) throws Exception {
        return OutboxTree.open(getContext(), source);
    }

    @Override
    public String reason(Throwable failure, SourceDefinition source) {
        String username = source.option(SftpSource.USERNAME, "");
        if (failure instanceof IOException) {
            // signed in, but a folder of the outbox cannot be listed
            return "the outbox " + SftpSource.address(source) + " cannot be listed ("
                    + PrintableText.of(failure.getMessage()) + "): check the source's url with the agency, and that"
                    + " user '" + username + "' may read all of it";
        }
        return ConnectionRefusal.reason(failure, SftpSource.address(source), username,
                SftpSource.file(source, SftpSource.KNOWN_HOSTS_FILE));
    }
}
