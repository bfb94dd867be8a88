package id.perpustakaan.jembatan.connectors.smb;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where an agency's files are on a Windows share: {@code smb://fileserver.dinsos.local/outbox/pengumuman} is the
 * folder {@code pengumuman} of the share {@code outbox} on that server. The path is taken as written (a folder
 * named "Data Umum" is written with its space); a UNC path ({@code \\server\share\folder}) is read the same way.
 *
 * @param folder the folder inside the share, with backslashes as SMB writes paths; empty for the share's root
 */
public record ShareAddress(String host, int port, String share, String folder) {

    public static final int DEFAULT_PORT = 445;

    /**
     * @throws IllegalArgumentException saying what is wrong with it, for a librarian
     */
    public static ShareAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("is missing");
        }
        String text = url.strip();
        String rest;
        if (text.toLowerCase(Locale.ROOT).startsWith("smb://")) {
            rest = text.substring("smb://".length());
        } else if (text.startsWith("\\\\")) {
            rest = text.substring(2).replace('\\', '/');
        } else {
            throw new IllegalArgumentException("'" + text + "' is not an smb:// address");
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        if (authority.contains("@")) {
            throw new IllegalArgumentException("'" + text + "' carries a user name or password");
        }
        List<String> path = slash < 0 ? List.of() : Arrays.stream(rest.substring(slash + 1).split("/"))
                .filter(segment -> !segment.isEmpty()).toList();
        if (path.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no share");
        }
        if (path.stream().anyMatch(segment -> segment.equals(".") || segment.equals(".."))) {
            throw new IllegalArgumentException("'" + text + "' has '.' or '..' in its path");
        }
        String host = authority;
        int port = DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon > 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("'" + text + "' has no valid port after ':'");
            }
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("'" + text + "' names no server");
        }
        return new ShareAddress(host, port, path.get(0), String.join("\\", path.subList(1, path.size())));
    }

    /** A name inside the folder, or inside one of its subfolders ({@code .done}…), as a path within the share. */
    public String path(String... names) {
        return Arrays.stream(names).collect(Collectors.joining("\\", folder.isEmpty() ? "" : folder + "\\", ""));
    }

    /** As a librarian writes it; names no user and no password. */
    @Override
    public String toString() {
        return "smb://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + share
                + (folder.isEmpty() ? "" : "/" + folder.replace('\\', '/'));
    }
}
