package id.perpustakaan.jembatan.routes.normalise.event;

import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the event an announcement describes: "Pelatihan … akan dilaksanakan pada hari Kamis, 12 Maret 2026 pukul
 * 09.00 s.d. 12.00 WIB bertempat di Aula Perpustakaan", or its table form ("Hari/Tanggal : …", "Waktu : …",
 * "Tempat : …"). An announcement is one when its title or opening names a kind of gathering (pelatihan, sosialisasi,
 * forum, posyandu…) and a date is introduced as the day it happens ("pada hari", "dilaksanakan", "Hari/Tanggal"), not
 * as a deadline or a signature. A report of an event already held (a date before the announcement's own) is news,
 * not an event.
 */
public final class EventReading {

    /**
     * What the text says of its event; {@code end}, {@code place}, {@code registrationUrl} and {@code capacity} may be
     * null. {@code gathering} is the word that made it one ("pelatihan").
     */
    public record Found(Instant start, Instant end, boolean allDay, String place, String registrationUrl,
                        Integer capacity, String gathering) {
    }

    /** Where an announcement's event stands: the first screens of text. */
    private static final int OPENING = 5_000;
    private static final int TITLE_WORDS_IN = 600;

    private static final Pattern GATHERING = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(pelatihan|bimbingan teknis"
            + "|bimtek|workshop|lokakarya|seminar|webinar|sosialisasi|forum|diskusi publik|diskusi|lomba|pameran"
            + "|festival|musrenbang|penyuluhan|kelas|diklat|vaksinasi|imunisasi|posyandu|bursa kerja|job fair"
            + "|talk ?show|bedah buku|gelar wicara|sarasehan|jambore|pentas|jalan sehat|senam|donor darah"
            + "|pasar murah|operasi pasar|khitanan massal|nikah massal|isbat nikah|turnamen|kejuaraan|konser"
            + "|pertemuan|rapat umum|audiensi|temu ramah|bazar|expo|kampanye|gotong royong)(?![\\p{L}\\p{N}])");

    /** Words right before a date that make it the day the event happens (a day name may stand between). */
    private static final Pattern HAPPENS_ON = Pattern.compile("(?iu)(?:pada\\s+hari|hari\\s*/\\s*tanggal"
            + "|hari\\s*,?\\s*tanggal|hari\\s*:|tanggal\\s*:|waktu\\s*:|pelaksanaan\\s*:?|dilaksanakan(?:\\s+pada)?"
            + "|diselenggarakan(?:\\s+pada)?|diadakan(?:\\s+pada)?|digelar(?:\\s+pada)?|berlangsung(?:\\s+pada)?"
            + "|dimulai(?:\\s+pada)?|pada\\s+tanggal|pada)\\s*[:,]?\\s*$");

    /** Words before a date that make it a deadline instead, even after "pada". */
    private static final Pattern DEADLINE = Pattern.compile("(?iu)(?:paling\\s+lambat|batas|sebelum|selambat"
            + "|sampai|hingga|ditutup|terakhir|ditetapkan|diundangkan)[^.\\n]{0,30}$");

    /** A day range whose first day precedes the date read: "12–14 Maret", "12 s.d. 14 Maret". */
    private static final Pattern FIRST_DAY = Pattern.compile("(?iu)(?<![\\p{N}])(\\d{1,2})\\s*(?:-|–|—|s\\.\\s?d\\.?"
            + "|s/d|sampai(?:\\s+dengan)?|hingga|dan)\\s*$");

    private static final Pattern HOURS_LINE = Pattern.compile("(?iu)(?:waktu|pukul|jam)\\s*:?\\s*\\d{1,2}[.:]\\d{2}");

    /** A full stop that ends a sentence, not an address's abbreviation ("Jl. Ahmad Yani No. 2"). */
    private static final String SENTENCE_END = "(?<!\\b(?:jl|jln|no|kel|kec|kab|gg|dr|drs|hj|h|ir|st|rt|rw|komp"
            + "|jend|prof|kp))\\.(?:\\s|$)";

    /** After the words of a sentence ("bertempat di …"): the place may wrap onto the next line of a page. */
    private static final Pattern PLACE_IN_PROSE = Pattern.compile("(?iu)(?:bertempat\\s+di|di\\s+(?=(?:aula|gedung"
            + "|balai|ruang|lapangan|kantor|masjid|taman|gor|hotel|puskesmas|posyandu|halaman|pendopo|auditorium"
            + "|perpustakaan|sekolah|sman?|smpn?|sdn?)(?![\\p{L}])))"
            + "\\s*((?:[^\\n]|\\n(?!\\s*\\n)){3,160}?)(?=\\s*(?:\\n\\s*\\n|" + SENTENCE_END
            + "|;|$|,\\s*(?:pada|pukul|mulai|dengan|yang|untuk)\\b))");
    /** After a label of an invitation's table ("Tempat : …"): the place is the rest of its line. */
    private static final Pattern PLACE_IN_TABLE = Pattern.compile("(?iu)(?:tempat\\s*(?:pelaksanaan)?|lokasi)"
            + "\\s*:\\s*([^\\n]{3,160}?)\\s*(?:\\n|$)");

    private static final Pattern REGISTRATION_URL = Pattern.compile("(?iu)(?:daftar|pendaftaran|registrasi|tautan"
            + "|link|formulir)(?:[^\\n]|\\n(?!\\s*\\n)){0,160}?"
            + "((?:https?://|(?:bit\\.ly|s\\.id|forms\\.gle|tinyurl\\.com)/)[\\w./?=&%#+~-]+[\\w/=#-])");

    private static final Pattern CAPACITY = Pattern.compile("(?iu)(?:kuota|terbatas(?:\\s+untuk|\\s+bagi)?"
            + "|maksimal|sebanyak|untuk)\\s*(\\d{1,5})\\s*(?:orang|peserta)");

    private EventReading() {
    }

    /**
     * The event the text announces, if it announces one.
     *
     * @param published when the announcement was published, or null: an earlier date is a report, not an event
     */
    public static Optional<Found> read(String title, String text, ZonedDateTime reference, Instant published) {
        String body = text == null ? "" : text.length() > OPENING ? text.substring(0, OPENING) : text;
        String head = (title == null ? "" : title) + "\n" + body.substring(0, Math.min(body.length(), TITLE_WORDS_IN));
        Matcher gathering = GATHERING.matcher(head);
        if (!gathering.find()) {
            return Optional.empty();
        }
        for (DateMention mention : IndonesianDates.find(body, reference)) {
            String before = body.substring(Math.max(0, mention.start() - 60), mention.start());
            String introduced = withoutDayName(before);
            if (!HAPPENS_ON.matcher(introduced).find() && !FIRST_DAY.matcher(before).find()
                    || DEADLINE.matcher(before).find()) {
                continue;
            }
            Optional<Found> found = event(body, mention, before, published);
            if (found.isPresent()) {
                return found.map(f -> new Found(f.start(), f.end(), f.allDay(), f.place(), f.registrationUrl(),
                        f.capacity(), gathering.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> event(String body, DateMention mention, String before, Instant published) {
        LocalDate lastDay = mention.value().withZoneSameInstant(LibraryTime.ZONE).toLocalDate();
        LocalDate firstDay = lastDay;
        Matcher first = FIRST_DAY.matcher(before);
        if (first.find()) {
            int day = Integer.parseInt(first.group(1));
            if (day >= 1 && day < lastDay.getDayOfMonth()) {
                firstDay = lastDay.withDayOfMonth(day);
            }
        }
        if (published != null && lastDay.isBefore(published.atZone(LibraryTime.ZONE).toLocalDate())) {
            return Optional.empty();
        }
        String after = body.substring(mention.end(), Math.min(body.length(), mention.end() + 400));
        String said = body.substring(mention.start(), mention.end());
        Optional<Hours> hours = Hours.in(body.substring(mention.start(), mention.end()));
        if (hours.isEmpty()) {
            Matcher line = HOURS_LINE.matcher(after);
            hours = line.find() ? Hours.in(after.substring(line.start())) : Optional.empty();
        }
        LocalTime from = hours.map(Hours::from).orElse(null);
        LocalTime to = hours.map(Hours::to).orElse(null);
        boolean allDay = from == null;
        Instant start = (allDay ? firstDay.atStartOfDay(LibraryTime.ZONE)
                : firstDay.atTime(from).atZone(LibraryTime.ZONE)).toInstant();
        Instant end = null;
        if (to != null) {
            end = lastDay.atTime(to).atZone(LibraryTime.ZONE).toInstant();
        } else if (!firstDay.equals(lastDay)) {
            end = lastDay.plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant();
        }
        if (end != null && !end.isAfter(start)) {
            end = null;
        }
        String around = body.substring(Math.max(0, mention.start() - 400), Math.min(body.length(),
                mention.end() + 600));
        return Optional.of(new Found(start, end, allDay, place(around), registrationUrl(body), capacity(body), null));
    }

    /** "pada hari Kamis," before a date whose mention did not take the day name: the words before the day name. */
    private static String withoutDayName(String before) {
        return before.replaceFirst("(?iu)(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\\s*[,/]?\\s*$", "");
    }

    private static String place(String around) {
        Matcher table = PLACE_IN_TABLE.matcher(around);
        Matcher prose = PLACE_IN_PROSE.matcher(around);
        boolean inTable = table.find();
        boolean inProse = prose.find();
        if (!inTable && !inProse) {
            return null;
        }
        Matcher first = !inProse || inTable && table.start() < prose.start() ? table : prose;
        return first.group(1).replaceAll("\\s+", " ").strip().replaceAll("[,:;.]+$", "");
    }

    private static String registrationUrl(String body) {
        Matcher url = REGISTRATION_URL.matcher(body);
        if (!url.find()) {
            return null;
        }
        String found = url.group(1);
        return found.startsWith("http") ? found : "https://" + found;
    }

    private static Integer capacity(String body) {
        Matcher capacity = CAPACITY.matcher(body);
        return capacity.find() ? Integer.valueOf(capacity.group(1)) : null;
    }
}
