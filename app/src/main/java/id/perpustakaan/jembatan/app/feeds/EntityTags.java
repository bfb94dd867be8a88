package id.perpustakaan.jembatan.app.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The ETag of a feed: changes when an entry is added, removed or revised, and differs between feeds. */
final class EntityTags {

    private EntityTags() {
    }

    /**
     * @param feed    what tells this feed from others (its format and address)
     * @param entries each entry as "id@revision", in the feed's order
     */
    static String of(String feed, List<String> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((feed + "\n").getBytes(StandardCharsets.UTF_8));
            for (String entry : entries) {
                digest.update((entry + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
