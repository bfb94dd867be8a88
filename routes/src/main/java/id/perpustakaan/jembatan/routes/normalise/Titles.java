package id.perpustakaan.jembatan.routes.normalise;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses a document's title: the metadata title when it is a real one, otherwise the first line of text that
 * reads like a heading, otherwise the file name.
 */
public final class Titles {

    static final int MAX_LENGTH = 200;
    private static final int HEADING_LINES = 50;

    /** Titles that office programs and scanners write by themselves. */
    private static final Pattern GENERATED = Pattern.compile(
            "(?i)(untitled|judul|title|document\\d*|dokumen\\d*|microsoft word - .*|slide ?\\d+|presentation\\d*|"
                    + "book\\d*|workbook\\d*|powerpoint presentation|presentasi powerpoint|"
                    + ".*\\.(docx?|pdf|odt|rtf|xlsx?|pptx?)|scan.*|\\W*)");

    private Titles() {
    }

    public static String choose(String metadataTitle, String text, String fileName) {
        if (metadataTitle != null && !GENERATED.matcher(metadataTitle.strip()).matches()) {
            return shorten(metadataTitle.strip());
        }
        if (text != null) {
            // a heading is near the top: looking further only costs time on long documents
            var heading = text.lines().limit(HEADING_LINES)
                    .map(line -> line.strip().replaceAll("\\s+", " "))
                    .filter(line -> line.length() >= 4 && line.chars().anyMatch(Character::isLetter))
                    .findFirst();
            if (heading.isPresent()) {
                return shorten(heading.get());
            }
        }
        return fromFileName(fileName);
    }

    static String fromFileName(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[_\\-.]+", " ").strip();
        if (base.isEmpty()) {
            return fileName;
        }
        return base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }

    private static String shorten(String title) {
        if (title.length() <= MAX_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_LENGTH - 1);
        return title.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1) + "…";
    }
}
