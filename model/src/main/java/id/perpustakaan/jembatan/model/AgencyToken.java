package id.perpustakaan.jembatan.model;

import java.time.Instant;

/**
 * A token an agency's own system uploads documents with, as the agency-tokens topic holds it: never the secret, only
 * its SHA-256, so that the topic, the memory of every web instance and a backup can be read without giving anyone an
 * agency's voice.
 *
 * @param tokenId      public part of the token, the topic's key
 * @param agencyCode   the only agency it uploads for
 * @param secretSha256 hex SHA-256 of the secret part
 * @param label        what the administrator called it ("SIMPEG Dinas Sosial"), for the list
 * @param createdBy    the administrator who created it
 * @param revokedAt    null while it is not revoked
 * @param revokedBy    who revoked it, or null
 */
public record AgencyToken(String tokenId, String agencyCode, String secretSha256, String label, Instant createdAt,
                          Instant expiresAt, String createdBy, Instant revokedAt, String revokedBy) {

    /** Whether it still opens the upload API at that moment. */
    public boolean validAt(Instant moment) {
        return revokedAt == null && moment.isBefore(expiresAt);
    }

    public AgencyToken revoked(Instant at, String by) {
        return new AgencyToken(tokenId, agencyCode, secretSha256, label, createdAt, expiresAt, createdBy, at, by);
    }
}
