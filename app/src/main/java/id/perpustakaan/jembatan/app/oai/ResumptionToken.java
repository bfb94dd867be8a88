package id.perpustakaan.jembatan.app.oai;

import id.perpustakaan.jembatan.indexer.oai.OaiCatalogue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where an incomplete list continues: the list's selection and the last record sent (its datestamp and id), not an
 * offset, so the token still leads to the right place after the index changed (see {@link OaiCatalogue}). It needs
 * no state on the server and never expires. Opaque to harvesters: URL-safe Base64 of a small JSON object.
 *
 * @param cursor how many records the list sent before the next page
 */
record ResumptionToken(String metadataPrefix, String set, Instant from, Instant until, Instant afterDatestamp,
                       String afterId, long cursor) {

    /** Far more than a token of this repository takes; a longer one is refused before it is decoded. */
    private static final int LONGEST = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    OaiCatalogue.Selection selection() {
        return new OaiCatalogue.Selection(set, from, until);
    }

    OaiCatalogue.After after() {
        return new OaiCatalogue.After(afterDatestamp, afterId);
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
    }

    static ResumptionToken decode(String text) throws OaiError {
        if (text.length() > LONGEST) {
            throw refused(text.substring(0, 40) + "…");
        }
        ResumptionToken token;
        try {
            token = JSON.readValue(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8),
                    ResumptionToken.class);
        } catch (RuntimeException e) {
            throw refused(text);
        }
        if (token == null || !OaiFormats.OAI_DC.equals(token.metadataPrefix()) || token.afterDatestamp() == null
                || token.afterId() == null || token.cursor() < 0) {
            throw refused(text);
        }
        return token;
    }

    private static OaiError refused(String text) {
        return new OaiError(OaiError.Code.badResumptionToken, "'" + text + "' is not a resumption token of this"
                + " repository: start the list again without it");
    }
}
