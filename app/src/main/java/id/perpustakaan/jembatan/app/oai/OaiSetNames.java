package id.perpustakaan.jembatan.app.oai;

import id.perpustakaan.jembatan.indexer.oai.OaiCatalogue;
import id.perpustakaan.jembatan.indexer.oai.OaiSets;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sets as harvesters show them to their users, in Indonesian: the three parents always (a harvester may ask for
 * them before anything is published), and every agency, kind and class that has a record, named by the agency's
 * name and the portal's words for kinds.
 */
@Component
class OaiSetNames {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Map<String, String> PARENT_NAMES = Map.of(
            OaiSets.AGENCY, "Instansi",
            OaiSets.KIND, "Jenis dokumen",
            OaiSets.KLASIFIKASI, "Klasifikasi informasi publik (UU 14/2008)");

    record Named(String spec, String name) {
    }

    private final MessageSource messages;

    OaiSetNames(MessageSource messages) {
        this.messages = messages;
    }

    List<Named> all(OaiCatalogue.Sets sets) {
        Map<String, String> agencyNames = new HashMap<>();
        for (String label : sets.labels()) {
            int space = label.indexOf(OaiSets.LABEL_SEPARATOR);
            if (space > 0) {
                agencyNames.putIfAbsent(label.substring(0, space), label.substring(space + 1));
            }
        }
        List<Named> named = new ArrayList<>();
        for (String parent : OaiSets.PARENTS) {
            named.add(new Named(parent, PARENT_NAMES.get(parent)));
        }
        for (String spec : sets.specs()) {
            if (!PARENT_NAMES.containsKey(spec)) {
                named.add(new Named(spec, name(spec, agencyNames)));
            }
        }
        return named;
    }

    String kindName(Document document) {
        DocumentKind kind = document.kind() == null ? DocumentKind.OTHER : document.kind();
        return messages.getMessage("kind." + kind.name(), null, kind.name(), INDONESIAN);
    }

    private String name(String spec, Map<String, String> agencyNames) {
        DocumentKind kind = OaiSets.kindOf(spec);
        if (kind != null) {
            return messages.getMessage("kind." + kind.name(), null, kind.name(), INDONESIAN);
        }
        for (Klasifikasi klasifikasi : Klasifikasi.values()) {
            if (spec.equals(OaiSets.spec(klasifikasi))) {
                return "Informasi " + klasifikasi.word().replace('-', ' ');
            }
        }
        return agencyNames.getOrDefault(spec, spec.substring(spec.indexOf(':') + 1));
    }
}
