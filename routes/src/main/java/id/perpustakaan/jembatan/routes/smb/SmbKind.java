package id.perpustakaan.jembatan.routes.smb;

import id.perpustakaan.jembatan.connectors.smb.SmbSource;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.mirror.MirrorSources;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A folder on an agency's Windows share, read over SMB 2 or 3 without mounting it: {@code url} the folder
 * ({@code smb://fileserver.dinsos.local/outbox/pengumuman}); options {@code username}, {@code domain} (the account's
 * Windows domain or workgroup, none unless set) and {@code password-file} (a file holding the password alone: the
 * password is never written in the sources file). The share is not asked at start: a server that is away then is
 * a reason at each run, not a start that fails. With {@code mode: mirror} the folder is the agency's published set,
 * only read ({@link SmbMirrorRouteTemplate}).
 */
public class SmbKind implements SourceKind {

    @Override
    public String name() {
        return SmbSource.KIND;
    }

    @Override
    public String template(SourceDefinition source) {
        return MirrorSources.mirrored(source) ? SmbMirrorRouteTemplate.TEMPLATE : name();
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>(MirrorSources.check(source, index));
        try {
            SmbSource.address(source);
        } catch (IllegalArgumentException e) {
            problems.add(SourceSettings.problem(source.id(), index, "url", e.getMessage(), "write the share's folder"
                    + " as smb://server/share/folder, e.g. 'smb://fileserver." + source.agency().code()
                    + ".local/outbox/pengumuman'"));
        }
        if (source.option(SmbSource.USERNAME, "").isBlank()) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + SmbSource.USERNAME, "is missing",
                    "set the account Jembatan signs in with on the share, e.g. 'jembatan'"));
        }
        if (source.options().containsKey("password")) {
            problems.add(SourceSettings.problem(source.id(), index, "options.password", "must not be written in the"
                    + " sources file", "put the password alone in a file only Jembatan can read, and name that file"
                    + " in options." + SmbSource.PASSWORD_FILE));
        }
        passwordFileProblem(source).ifPresent(problem -> problems.add(SourceSettings.problem(source.id(), index,
                "options." + SmbSource.PASSWORD_FILE, problem, "write the account's password alone in it, readable"
                        + " by the user Jembatan runs as (e.g. '/etc/jembatan/" + source.id() + ".password')")));
        return problems;
    }

    private static Optional<String> passwordFileProblem(SourceDefinition source) {
        String named = source.option(SmbSource.PASSWORD_FILE, "");
        if (named.isBlank()) {
            return Optional.of("is missing");
        }
        Path file = Path.of(named.strip()).toAbsolutePath();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.of("'" + file + "' is not a file Jembatan can read");
        }
        try {
            if (Files.size(file) == 0) {
                return Optional.of("'" + file + "' is empty");
            }
        } catch (IOException e) {
            return Optional.of("'" + file + "' cannot be read (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions());
    }

    @Override
    public Optional<String> runEndpoint() {
        return Optional.of(SmbRouteTemplate.RUN);
    }

    @Override
    public Optional<String> runEndpoint(SourceDefinition source) {
        // a mirror's run never goes to the drop folder's, which moves files
        return Optional.of(MirrorSources.mirrored(source) ? SmbMirrorRouteTemplate.RUN : SmbRouteTemplate.RUN);
    }
}
