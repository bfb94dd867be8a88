package id.perpustakaan.jembatan.routes.smb;

import id.perpustakaan.jembatan.connectors.mirror.RemoteTree;
import id.perpustakaan.jembatan.connectors.smb.ShareReasons;
import id.perpustakaan.jembatan.connectors.smb.ShareTree;
import id.perpustakaan.jembatan.connectors.smb.SmbSource;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.mirror.RemoteMirror;
import id.perpustakaan.jembatan.routes.mirror.RemoteMirrorRouteTemplate;
import id.perpustakaan.jembatan.routes.source.RunGate;
import java.io.IOException;
import java.time.Duration;

/**
 * The route template of mirrored Windows shares ({@code mode: mirror}): the share's folder and its subfolders are the
 * agency's published set, looked at on the source's schedule with the same account as a drop folder on a share, and
 * only read, so an account that may only read will do.
 */
public class SmbMirrorRouteTemplate extends RemoteMirrorRouteTemplate {

    public static final String TEMPLATE = "smb-mirror";
    public static final String RUN = "direct:jembatan-run-smb-mirror";

    private final Duration timeout;

    /** @param timeout how long the server may take to answer one request */
    public SmbMirrorRouteTemplate(RemoteMirror mirror, Duration timeout, RunGate gate) {
        super(TEMPLATE, RUN, mirror, gate);
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return SmbSource.CONNECTOR;
    }

    @Override
    public RemoteTree open(SourceDefinition source) throws IOException {
        return ShareTree.open(SmbSource.address(source), SmbSource.login(source), timeout);
    }

    @Override
    public String reason(Throwable failure, SourceDefinition source) {
        return ShareReasons.of(failure, SmbSource.address(source), SmbSource.login(source), true);
    }
}
