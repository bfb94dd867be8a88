package id.perpustakaan.jembatan.routes.archive;

import java.util.regex.Pattern;

/** Where an original lives in an archive: two levels of fan-out, then its sha256. */
final class ArchiveKeys {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ArchiveKeys() {
    }

    /** Whether the text names a sha256 as the archive writes it: 64 lower-case hex digits. */
    static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    static String keyOf(String sha256) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        // two levels of fan-out keep folders and listings small with hundreds of thousands of originals
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
