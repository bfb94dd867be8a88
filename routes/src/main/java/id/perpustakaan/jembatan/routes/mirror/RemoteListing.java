package id.perpustakaan.jembatan.routes.mirror;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.mirror.RemoteTree;
import id.perpustakaan.jembatan.connectors.sftp.QuietRemoteFiles;
import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of a mirrored folder on a server, from its listings alone: the same rules as a local mirrored
 * folder's ({@code FolderMirror}): subfolders are part of the set, hidden names, temporary files and sidecars are not
 * documents, and a file's time is the latest of its own, its own sidecar's and its folder's {@code _jembatan.yml}, so
 * that a changed sidecar is a changed document. One listing request per folder; nothing is read.
 */
final class RemoteListing {

    private RemoteListing() {
    }

    /**
     * @param where the folder as a librarian names it, for a refusal
     * @throws IOException when a folder of the tree cannot be listed: a look that cannot see all of the folder sees
     *         none of it, rather than withdraw what it did not see
     */
    static List<MirrorEntry> of(RemoteTree tree, String where) throws IOException {
        List<MirrorEntry> entries = new ArrayList<>();
        walk(tree, "", 1, where, entries);
        return entries;
    }

    private static void walk(RemoteTree tree, String folder, int depth, String where, List<MirrorEntry> entries)
            throws IOException {
        List<RemoteTree.Item> items = new ArrayList<>(tree.list(folder));
        items.sort(Comparator.comparing(RemoteTree.Item::name));
        Map<String, Instant> fileTimes = new HashMap<>();
        items.stream().filter(item -> !item.folder()).forEach(item -> fileTimes.putIfAbsent(item.name(),
                item.modified()));
        Instant folderSidecar = fileTimes.get(Sidecar.FOLDER_FILE);
        for (RemoteTree.Item item : items) {
            String name = item.name();
            // a listed name is followed only when it is one name of this folder (CVE-2026-79983): a server could
            // list '../x' as well over SMB as over SFTP
            if (!QuietRemoteFiles.inOutbox(name) || name.startsWith(".")) {
                continue;
            }
            String place = folder.isEmpty() ? name : folder + "/" + name;
            if (item.folder()) {
                if (depth < MirrorSources.MAX_DEPTH) {
                    walk(tree, place, depth + 1, where, entries);
                }
            } else if (FolderSource.taken(name)) {
                if (entries.size() >= MirrorSources.MAX_FILES) {
                    throw new ContentRejectedException("fetch", "the mirrored folder " + where + " holds more than "
                            + MirrorSources.MAX_FILES + " files: split it into several sources");
                }
                Instant changed = later(later(item.modified(), ownSidecar(fileTimes, name)), folderSidecar);
                entries.add(new MirrorEntry(place, item.size(), changed));
            }
        }
    }

    /** The time of the file's own sidecar, the one a reader of its sidecars takes; null when it has none. */
    private static Instant ownSidecar(Map<String, Instant> fileTimes, String name) {
        return Sidecar.SUFFIXES.stream().map(suffix -> fileTimes.get(name + suffix))
                .filter(time -> time != null).findFirst().orElse(null);
    }

    private static Instant later(Instant time, Instant other) {
        return other != null && other.isAfter(time) ? other : time;
    }
}
