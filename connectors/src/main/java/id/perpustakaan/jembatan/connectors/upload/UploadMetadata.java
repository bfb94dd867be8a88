package id.perpustakaan.jembatan.connectors.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an agency's system says of an uploaded file, written as its sidecar ({@code <name>.meta.json}): the folder
 * pipeline then reads it exactly as it reads a sidecar staff put beside a dropped file. Each field is as a sidecar
 * takes it (kind: pengumuman or announcement…, validUntil: 2025-12-31, klasifikasi: serta-merta…); null when not sent.
 */
public record UploadMetadata(String title, String summary, String kind, String validUntil, List<String> tags,
                             String klasifikasi) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public UploadMetadata {
        // a form sends tags repeated, or as one field of words separated by commas, as a sidecar may write them
        tags = tags == null ? List.of() : tags.stream().filter(tag -> tag != null)
                .flatMap(tag -> Arrays.stream(tag.split(","))).map(String::strip).filter(tag -> !tag.isEmpty())
                .toList();
    }

    /**
     * The sidecar, checked as the pipeline will read it; empty when nothing was said.
     *
     * @param fileName the uploaded file's name in the inbox, which the sidecar's name and its reasons follow
     * @throws IllegalArgumentException with the sidecar's own reason (which field, and how to write it)
     */
    public Optional<byte[]> sidecar(String fileName) {
        ObjectNode fields = JSON.createObjectNode();
        put(fields, "title", title);
        put(fields, "summary", summary);
        put(fields, "kind", kind);
        put(fields, "validUntil", validUntil);
        put(fields, "klasifikasi", klasifikasi);
        if (!tags.isEmpty()) {
            tags.forEach(fields.putArray("tags")::add);
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        byte[] sidecar;
        try {
            sidecar = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fields)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings is always JSON", e);
        }
        try {
            Sidecar.read(sidecarName(fileName), sidecar);
        } catch (ContentRejectedException e) {
            // "the sidecar <name>, line n: why": the lines of a sidecar the agency never saw mean nothing to it
            String reason = e.getMessage();
            throw new IllegalArgumentException("metadata refused: " + reason.substring(reason.indexOf(": ") + 2), e);
        }
        return Optional.of(sidecar);
    }

    /** The name of an uploaded file's sidecar. */
    public static String sidecarName(String fileName) {
        return fileName + ".meta.json";
    }

    private static void put(ObjectNode fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }
}
