package id.perpustakaan.jembatan.connectors.sidecar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.PrintableText;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an agency says of a handed-over file, once, beside it: {@code laporan.pdf.meta.yml} (or {@code .meta.json})
 * for that file, {@code _jembatan.yml} for every file of its folder. Fields, in English or Indonesian: title (judul),
 * summary (ringkasan), kind (jenis), validUntil (berlaku-sampai), tags (label), klasifikasi, and for an event its time,
 * place and registration ({@link SidecarEvent}: mulai, selesai, tempat…). They win over what
 * normalisation reads from the text. A broken sidecar refuses its file with a reason naming the line and the fix, so
 * that staff correct it rather than see the file published with guessed facts.
 */
public final class Sidecar {

    /** The endings of a file's own sidecar, after the file's full name. */
    public static final List<String> SUFFIXES = List.of(".meta.yml", ".meta.yaml", ".meta.json");
    /** The sidecar of a whole folder. */
    public static final String FOLDER_FILE = "_jembatan.yml";
    /** A pattern matching sidecar names, for listings that must not take them as documents. */
    public static final String NAMES = ".*\\.meta\\.(yml|yaml|json)|_jembatan\\.yml";
    /** Far more than any sidecar needs; a larger one is refused before it is parsed. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final int MAX_TITLE = 500;
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("judul", "title"),
            Map.entry("summary", "summary"), Map.entry("ringkasan", "summary"),
            Map.entry("kind", "kind"), Map.entry("jenis", "kind"),
            Map.entry("validuntil", "validUntil"), Map.entry("valid-until", "validUntil"),
            Map.entry("berlaku-sampai", "validUntil"), Map.entry("berlakusampai", "validUntil"),
            Map.entry("tags", "tags"), Map.entry("label", "tags"),
            Map.entry("klasifikasi", "klasifikasi"));
    private static final Map<String, DocumentKind> KINDS = Map.of(
            "pengumuman", DocumentKind.ANNOUNCEMENT, "peraturan", DocumentKind.REGULATION,
            "program", DocumentKind.PROGRAMME, "acara", DocumentKind.EVENT, "berita", DocumentKind.NEWS,
            "lainnya", DocumentKind.OTHER);
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private Sidecar() {
    }

    /**
     * The facts of one sidecar.
     *
     * @param name its file name, for the reason and to tell JSON from YAML
     * @throws ContentRejectedException naming the line, when it is not a sidecar Jembatan can read
     */
    public static DeclaredFacts read(String name, byte[] content) {
        if (content.length > MAX_BYTES) {
            // a sidecar on a disk or a server is read only to one byte past the limit: its real size is not known here
            throw refused(name, 1, "it is larger than " + MAX_BYTES / 1024 + " KB, where a sidecar holds a few"
                    + " lines: keep only the fields (title, summary, kind, validUntil, tags, klasifikasi)");
        }
        Fields fields = new Fields();
        JsonFactory format = name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        try (JsonParser parser = format.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return fields.facts(name);
            }
            if (first != JsonToken.START_OBJECT) {
                throw refused(name, line(parser), "it is not a list of fields such as 'title: …' and 'kind: …'");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = line(parser);
                parser.nextToken();
                JsonNode value = TREES.readTree(parser);
                String field = FIELDS.get(key.strip().toLowerCase(Locale.ROOT));
                String eventField = SidecarEvent.FIELDS.get(key.strip().toLowerCase(Locale.ROOT));
                if (field == null && eventField == null) {
                    throw refused(name, line, "'" + PrintableText.of(key) + "' is not a field of a sidecar: write"
                            + " title, summary, kind, validUntil, tags or klasifikasi (or judul, ringkasan, jenis,"
                            + " berlaku-sampai, label), or for an event mulai, selesai, tempat, alamat, kelurahan,"
                            + " kecamatan, penyelenggara, pendaftaran, batas-pendaftaran, kuota, dibatalkan");
                }
                if (field != null) {
                    fields.set(name, line, field, value);
                } else {
                    fields.event.set(line, eventField, text(name, line, key, value),
                            (at, why) -> refused(name, at, why));
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw refused(name, line, "it cannot be read: " + PrintableText.of(e.getOriginalMessage()));
        } catch (IOException e) {
            throw refused(name, 1, "it cannot be read: " + PrintableText.of(e.toString()));
        }
        return fields.facts(name);
    }

    /** The file's own facts over its folder's, field by field; an event is the file's own. */
    public static DeclaredFacts over(DeclaredFacts file, DeclaredFacts folder) {
        if (folder == null) {
            return file;
        }
        if (file == null) {
            return folder;
        }
        return new DeclaredFacts(or(file.title(), folder.title()), or(file.summary(), folder.summary()),
                or(file.kind(), folder.kind()), null, null, null,
                file.tags().isEmpty() ? folder.tags() : file.tags(), null, null,
                or(file.validUntil(), folder.validUntil()), or(file.klasifikasi(), folder.klasifikasi()),
                file.event());
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static ContentRejectedException refused(String name, int line, String why) {
        return new ContentRejectedException("fetch", "the sidecar " + PrintableText.of(name) + ", line " + line
                + ": " + why);
    }

    /** The fields read so far. */
    private static final class Fields {
        private String title;
        private String summary;
        private DocumentKind kind;
        private Instant validUntil;
        private List<String> tags = List.of();
        private Klasifikasi klasifikasi;
        private final SidecarEvent event = new SidecarEvent();

        void set(String name, int line, String field, JsonNode value) {
            switch (field) {
                case "title" -> {
                    title = text(name, line, field, value);
                    if (title.length() > MAX_TITLE) {
                        throw refused(name, line, "the title is " + title.length() + " characters long; at most "
                                + MAX_TITLE);
                    }
                }
                case "summary" -> summary = text(name, line, field, value);
                case "kind" -> kind = kind(name, line, text(name, line, field, value));
                case "validUntil" -> validUntil = moment(name, line, text(name, line, field, value));
                case "tags" -> tags = tags(name, line, value);
                case "klasifikasi" -> klasifikasi = klasifikasi(name, line, text(name, line, field, value));
                default -> throw new IllegalStateException(field);
            }
        }

        DeclaredFacts facts(String name) {
            Event described = event.event((line, why) -> refused(name, line, why));
            return new DeclaredFacts(title, summary, described != null && kind == null ? DocumentKind.EVENT : kind,
                    null, null, null, tags, null, null, validUntil, klasifikasi, described);
        }
    }

    private static String text(String name, int line, String field, JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw refused(name, line, field + " is empty or not a single value");
        }
        return value.asText().strip();
    }

    private static DocumentKind kind(String name, int line, String text) {
        String word = text.toLowerCase(Locale.ROOT);
        DocumentKind kind = KINDS.get(word);
        if (kind != null) {
            return kind;
        }
        return Arrays.stream(DocumentKind.values())
                .filter(known -> known.name().equalsIgnoreCase(word))
                .findFirst()
                .orElseThrow(() -> refused(name, line, "'" + PrintableText.of(text) + "' is not a kind: write"
                        + " pengumuman, peraturan, program, acara, berita or lainnya (or announcement, regulation,"
                        + " programme, event, news, other)"));
    }

    /** A day is valid to its end in Sawahlunto; a moment with its offset as written. */
    private static Instant moment(String name, int line, String text) {
        try {
            return LocalDate.parse(text).plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant().minusSeconds(1);
        } catch (DateTimeParseException notADay) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw refused(name, line, "'" + PrintableText.of(text) + "' is not a date: write it as 2025-12-31"
                        + " (valid to the end of that day, WIB)");
            }
        }
    }

    private static List<String> tags(String name, int line, JsonNode value) {
        List<String> tags = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode tag : value) {
                if (!tag.isValueNode() || tag.isNull()) {
                    throw refused(name, line, "tags are words, one per item, not lists or fields");
                }
                tags.add(tag.asText());
            }
        } else {
            tags.addAll(Arrays.asList(text(name, line, "tags", value).split(",")));
        }
        return tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    private static Klasifikasi klasifikasi(String name, int line, String text) {
        return Klasifikasi.of(text).orElseThrow(() -> refused(name, line, "'" + PrintableText.of(text)
                + "' is not a class of public information: write berkala, serta-merta, setiap-saat or"
                + " dikecualikan"));
    }
}
