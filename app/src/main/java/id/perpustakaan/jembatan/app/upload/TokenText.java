package id.perpustakaan.jembatan.app.upload;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upload token as its holder writes it: {@code jbt_<token id>_<secret>}. The id (16 hex digits) names the token in
 * lists and logs and is the topic's key; the secret (32 random bytes, base64url) is shown once and only its SHA-256
 * is kept. The prefix lets secret scanners and people recognise a leaked token. A random secret of 256 bits needs no
 * slow hash: SHA-256 cannot be reversed or guessed, and is compared in constant time.
 */
record TokenText(String tokenId, String secret) {

    private static final String PREFIX = "jbt_";
    private static final Pattern FORM = Pattern.compile("jbt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    static TokenText generate() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new TokenText(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding()
                .encodeToString(secret));
    }

    /** The token in a request; empty when it is not of this form at all. */
    static Optional<TokenText> parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        return matcher.matches() ? Optional.of(new TokenText(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    String text() {
        return PREFIX + tokenId + "_" + secret;
    }

    String secretSha256() {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /** Whether this secret is the one whose hash was kept; in constant time, so timing tells nothing of it. */
    boolean matches(String keptSha256) {
        byte[] kept;
        try {
            kept = HexFormat.of().parseHex(keptSha256);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sha256(secret), kept);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        // never the secret, in a log or an exception
        return PREFIX + tokenId + "_…";
    }
}
