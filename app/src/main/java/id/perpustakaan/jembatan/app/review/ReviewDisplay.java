package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.app.portal.EventWhen;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * The review pages' values as a librarian reads them, in the page's language: times in WIB the way Indonesian
 * (or English) is written, agencies and sources by name, and the pipeline's internal labels (a kind rule's
 * "source-default", an extractor's Java class) in words. The pages get one per request as {@code display}.
 */
public final class ReviewDisplay {

    /** 2001-09-09: no revision numbered as a moment is older, no counter ever got this high. */
    private static final long MOMENT_REVISIONS_FROM = 1_000_000_000_000L;

    private final Locale locale;
    private final MessageSource messages;
    private final Map<String, String> agencyNames;
    private final Map<String, SourceDefinition> sources;
    private final DateTimeFormatter date;

    ReviewDisplay(Locale locale, MessageSource messages, List<SourceDefinition> sources) {
        this.locale = locale;
        this.messages = messages;
        this.sources = sources.stream().collect(Collectors.toMap(SourceDefinition::id, Function.identity(),
                (first, second) -> first));
        this.agencyNames = sources.stream().map(SourceDefinition::agency)
                .collect(Collectors.toMap(Agency::code, Agency::name, (first, second) -> first));
        this.date = dates(locale);
    }

    /** "18 November 2026": the day as the library's readers write it, in either language. */
    private static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(LibraryTime.ZONE);
    }

    /**
     * "18 November 2026 pukul 00.00 WIB" / "18 November 2026, 00:00 WIB": the library's time as its readers write
     * it (Indonesian separates hours and minutes with a dot); "—" without a moment. The sources API says the time of
     * a running run the same way.
     */
    public static String wibTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "—";
        }
        String pattern = indonesian(locale) ? "d MMMM yyyy 'pukul' HH.mm 'WIB'" : "d MMMM yyyy, HH:mm 'WIB'";
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(LibraryTime.ZONE).format(instant);
    }

    /** See {@link #wibTime}. */
    public String time(Instant instant) {
        return wibTime(instant, locale);
    }

    /** "18 November 2026": a day in WIB (a validity ends at the end of its day there). */
    public String date(Instant instant) {
        return instant == null ? "—" : date.format(instant);
    }

    /**
     * A revision as the moment it was harvested (revisions are moments in milliseconds), which a librarian can
     * place; a revision number from before that rule (a small counter) as it is.
     */
    public String revision(long revision) {
        return revision < MOMENT_REVISIONS_FROM ? String.valueOf(revision) : time(Instant.ofEpochMilli(revision));
    }

    /** An agency's name from the sources that name it, else its code. */
    public String agency(String code) {
        return code == null ? "" : agencyNames.getOrDefault(code, code);
    }

    /** "diskominfo-inbox (Dinas Komunikasi dan Informatika)": a source by its id and its agency's name. */
    public String source(String sourceId) {
        if (sourceId == null) {
            return "";
        }
        SourceDefinition source = sources.get(sourceId);
        return source == null || source.agency() == null ? sourceId
                : sourceId + " (" + source.agency().name() + ")";
    }

    /** "folder bersama", "feed RSS/Atom": how a source is read, in words; an unknown kind as it is named. */
    public String sourceKind(String kind) {
        return kind == null ? "—" : messages.getMessage("review.sourceKind." + kind, null, kind, locale);
    }

    /** "setiap 15 menit" / "every 15 minutes", or the cron expression said as one. */
    public String schedule(SourceDefinition source) {
        if (source.cron() != null && !source.cron().isBlank()) {
            return message("review.schedule.cron", source.cron());
        }
        Duration every = source.schedule();
        if (every == null) {
            return "—";
        }
        long seconds = every.toSeconds();
        String amount = seconds % 3600 == 0 ? message("review.schedule.hours", seconds / 3600)
                : seconds % 60 == 0 ? message("review.schedule.minutes", seconds / 60)
                : message("review.schedule.seconds", seconds);
        return message("review.schedule.every", amount);
    }

    /**
     * Why the document has its kind, in words: which word of the title or text decided it, or that its source's
     * default or declaration stands (the routes record {@code title:pengumuman}, {@code source-default}…).
     */
    /** "Kamis, 12 Maret 2026, 09.00–12.00 WIB · Aula … · Dinas …": when, where and by whom, as harvested. */
    public String event(Event event) {
        StringBuilder line = new StringBuilder(new EventWhen(locale).of(event));
        if (event.place() != null && !event.place().line().isEmpty()) {
            line.append(" · ").append(event.place().line());
        }
        if (event.organiser() != null) {
            line.append(" · ").append(event.organiser());
        }
        if (event.cancelled()) {
            line.append(" · ").append(message("review.agenda.cancelled"));
        }
        return line.toString();
    }

    public String kindRule(Document document) {
        String rule = document.provenance() == null ? null : document.provenance().kindRule();
        if (rule == null || rule.isBlank()) {
            return "";
        }
        int colon = rule.indexOf(':');
        if ("source-default".equals(rule)) {
            return message("review.kindRule.default", source(document.sourceId()));
        }
        if ("declared by its source".equals(rule)) {
            return message("review.kindRule.declared", source(document.sourceId()));
        }
        if (colon > 0) {
            // a rule of a kind this page has no words for yet is shown as the routes named it
            return messages.getMessage("review.kindRule." + rule.substring(0, colon),
                    new Object[] {rule.substring(colon + 1)}, rule, locale);
        }
        return rule;
    }

    /** "Apache Tika (PDF)", "Jsoup (HTML)": which library read the text, and of what format. */
    public static String extractor(String extractor, Document document) {
        if (extractor == null || extractor.isBlank()) {
            return "—";
        }
        if (extractor.startsWith("jsoup")) {
            return "Jsoup (HTML)";
        }
        if (extractor.startsWith("tika")) {
            String format = format(document);
            if (format == null) {
                String parser = extractor.substring(extractor.lastIndexOf('.') + 1);
                format = parser.endsWith("Parser") ? parser.substring(0, parser.length() - "Parser".length())
                        : parser;
            }
            return format.isEmpty() ? "Apache Tika" : "Apache Tika (" + format + ")";
        }
        return extractor;
    }

    private static String format(Document document) {
        String name = document == null || document.original() == null ? null : document.original().fileName();
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 || name.length() - dot > 6 ? null : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /** A value of the diff table as the librarian typed or reads it, not as Java prints it. */
    public String value(String field, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Instant instant) {
            // a validity ends with its day; other moments differ by their time as often as by their day
            return "validUntil".equals(field) ? date(instant) : time(instant);
        }
        if (value instanceof Regulation r) {
            return (r.jenis() == null ? "" : r.jenis() + " ") + (r.nomor() == null ? "?" : r.nomor()) + "/"
                    + (r.tahun() == null ? "?" : r.tahun()) + (r.tentang() == null ? "" : " — " + r.tentang());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> constant) {
            return message("review." + field + "." + constant.name());
        }
        return value.toString();
    }

    /**
     * Who took a decision: a librarian by user name, a source or an agency by name, the pipeline itself in words.
     */
    public String who(String by) {
        if (by == null) {
            return "—";
        }
        if (ReviewDecision.SYSTEM.equals(by)) {
            return message("review.by.system");
        }
        if (by.startsWith(ReviewDecision.SOURCE_PREFIX)) {
            return message("review.by.source", source(by.substring(ReviewDecision.SOURCE_PREFIX.length())));
        }
        if (by.startsWith(ReviewDecision.AGENCY_PREFIX)) {
            return message("review.by.agency", agency(by.substring(ReviewDecision.AGENCY_PREFIX.length())));
        }
        return by;
    }

    /** "Judul: Pengumuman Beasiswa; Jenis: Pengumuman": what a librarian corrected, in words. */
    public String edits(ReviewEdits edits) {
        if (edits == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        addEdit(parts, "title", edits.title());
        addEdit(parts, "kind", edits.kind());
        addEdit(parts, "klasifikasi", edits.klasifikasi());
        addEdit(parts, "tags", edits.tags());
        addEdit(parts, "validUntil", edits.validUntil());
        addEdit(parts, "regulation", edits.regulation());
        return String.join("; ", parts);
    }

    private void addEdit(List<String> parts, String field, Object value) {
        if (value != null) {
            parts.add(message("review.field." + field + ".diff") + ": " + value(field, value));
        }
    }

    /** What a failure's reason means, in the page's language. */
    public String failure(String reason) {
        return message("review.failure." + FailureAdvice.kindOf(reason));
    }

    /** What to do about a failure, in the page's language. */
    public String failureAdvice(String reason) {
        return message("review.failure." + FailureAdvice.kindOf(reason) + ".advice");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static boolean indonesian(Locale locale) {
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
    }
}
