package id.perpustakaan.jembatan.connectors.smb;

import id.perpustakaan.jembatan.model.SourceDefinition;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A folder on an agency's Windows share (SMB 2 or 3), read without mounting it. Processed files move to
 * {@code .done/} and refused ones to {@code .failed/} beside a {@code .reason} text, on the share itself, as in a
 * local inbox.
 */
public final class SmbSource {

    public static final String KIND = "smb";
    public static final String CONNECTOR = "smb";
    public static final String USERNAME = "username";
    public static final String DOMAIN = "domain";
    public static final String PASSWORD_FILE = "password-file";

    /** How long the server may take to answer one request before the run gives up on it. */
    public static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    private SmbSource() {
    }

    public static ShareAddress address(SourceDefinition source) {
        return ShareAddress.parse(source.location());
    }

    public static ShareLogin login(SourceDefinition source) {
        return new ShareLogin(source.option(USERNAME, "").strip(), source.option(DOMAIN, ""),
                Path.of(source.option(PASSWORD_FILE, "").strip()).toAbsolutePath());
    }
}
