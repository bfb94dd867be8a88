package id.perpustakaan.jembatan.routes.normalise.regulation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The title a citizen reads for a regulation, built from its fields as a citation is spoken: "Peraturan Wali Kota
 * Sawahlunto Nomor 12 Tahun 2024 tentang Tata kelola perpustakaan daerah". The kind and issuer are in title case;
 * a subject printed in capitals is put in sentence case, keeping acronyms (APBD, DPRD), numbers and roman
 * numerals, the few proper names a Sawahlunto library meets, and the regulations it cites ("Perubahan atas
 * Peraturan Daerah Nomor 5 Tahun 2019 tentang pajak daerah"). A subject already in ordinary case is kept as
 * written.
 *
 * <p>A title the document itself gives is kept when it is better: in ordinary case, naming the regulation's
 * number and something of its subject, and not a header printed twice.
 */
final class RegulationTitle {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final Set<String> SMALL_WORDS = Set.of("dan", "atas", "di", "ke", "dari", "untuk", "yang",
            "pada", "serta", "atau", "tentang", "oleh", "bagi");

    private static final Set<String> ACRONYMS = Set.of("APBD", "APBN", "APBDES", "DPRD", "DPR", "MPR", "RPJMD",
            "RPJMN", "RPJPD", "RKPD", "RTRW", "ASN", "PNS", "PPPK", "BUMD", "BUMN", "UMKM", "TIK", "SPBE", "PPID",
            "RT", "RW", "SKPD", "OPD", "BPBD", "BPJS", "CSR", "KTP", "NIK", "PAUD", "SD", "SMP", "SMA", "SMK", "TPA",
            "PDAM", "RSUD", "UPTD", "UPT", "BLUD", "KUHP", "NKRI", "BPS", "PBB", "BPHTB", "TK", "PKK", "LPM", "RI",
            "PMK", "COVID", "ATK", "IMB", "PBG", "SIUP", "NPWP", "KIA", "KK", "SOTK", "LKPJ", "LPPD", "BOS");

    /** Proper names in the order they are looked for: the longer first. */
    private static final List<ProperName> PROPER_NAMES = Stream.of("Negara Kesatuan Republik Indonesia",
            "Republik Indonesia", "Undang-Undang Dasar", "Tuhan Yang Maha Esa", "Provinsi Sumatera Barat",
            "Sumatera Barat", "Kota Sawahlunto", "Sawahlunto", "Indonesia", "Jakarta", "Pancasila",
            "Dewan Perwakilan Rakyat Daerah", "Dewan Perwakilan Rakyat", "Lembaran Negara", "Berita Daerah",
            "Perpustakaan Nasional", "Arsip Nasional", "Ombilin")
            .map(ProperName::of)
            .toList();

    private static final Pattern WORD = Pattern.compile("(?U)[\\p{L}\\d][\\p{L}\\d]*");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");

    private RegulationTitle() {
    }

    static String built(RegulationHeader header) {
        Citation citation = header.citation();
        String name = header.name() != null ? titleCase(header.name()) : citation.jenis().label();
        StringBuilder title = new StringBuilder(name).append(" Nomor ").append(citation.nomor());
        if (citation.tahun() != null && !citation.nomor().endsWith("/" + citation.tahun())) {
            title.append(" Tahun ").append(citation.tahun());
        }
        if (header.tentang() != null) {
            title.append(" tentang ").append(sentenceCase(header.tentang()));
        }
        return title.toString();
    }

    /** The document's own title when it is better than one built from the fields, else the built one. */
    static String chosen(String given, RegulationHeader header) {
        String built = built(header);
        if (given == null || given.isBlank()) {
            return built;
        }
        String folded = given.toLowerCase(INDONESIAN);
        boolean ordinaryCase = given.codePoints().filter(Character::isLowerCase).count()
                > given.codePoints().filter(Character::isUpperCase).count();
        boolean namesTheNumber = folded.contains(header.citation().nomor().toLowerCase(INDONESIAN));
        boolean namesTheSubject = header.tentang() == null
                || folded.contains(firstWords(header.tentang().toLowerCase(INDONESIAN), 2));
        boolean printedTwice = header.name() != null
                && folded.indexOf(header.name().toLowerCase(INDONESIAN)) != folded.lastIndexOf(
                        header.name().toLowerCase(INDONESIAN));
        return ordinaryCase && namesTheNumber && namesTheSubject && !printedTwice ? given.strip() : built;
    }

    static String titleCase(String words) {
        Matcher word = WORD.matcher(words.strip().replaceAll("\\s+", " "));
        StringBuilder cased = new StringBuilder();
        boolean first = true;
        while (word.find()) {
            String w = word.group();
            String lower = w.toLowerCase(INDONESIAN);
            String replacement = ACRONYMS.contains(w.toUpperCase(INDONESIAN)) || hasDigit(w) ? w.toUpperCase(INDONESIAN)
                    : !first && SMALL_WORDS.contains(lower) ? lower : capitalised(lower);
            word.appendReplacement(cased, Matcher.quoteReplacement(replacement));
            first = false;
        }
        word.appendTail(cased);
        return cased.toString();
    }

    static String sentenceCase(String subject) {
        if (subject.codePoints().anyMatch(Character::isLowerCase)) {
            return subject;
        }
        StringBuilder cased = new StringBuilder();
        int from = 0;
        for (Citations.Found cited : Citations.in(subject)) {
            cased.append(plainSentenceCase(subject.substring(from, cited.start())));
            Citation c = cited.citation();
            if (cited.name() == null) {
                cased.append(c);
            } else {
                cased.append(titleCase(cited.name())).append(" Nomor ").append(c.nomor());
                if (c.tahun() != null && !c.nomor().endsWith("/" + c.tahun())) {
                    cased.append(" Tahun ").append(c.tahun());
                }
            }
            from = cited.end();
        }
        cased.append(plainSentenceCase(subject.substring(from)));
        String sentence = cased.toString();
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(INDONESIAN) + sentence.substring(1);
    }

    private static String plainSentenceCase(String capitals) {
        Matcher word = WORD.matcher(capitals);
        StringBuilder cased = new StringBuilder();
        while (word.find()) {
            String w = word.group();
            boolean kept = ACRONYMS.contains(w) || hasDigit(w) || ROMAN.matcher(w).matches() && w.length() <= 4;
            word.appendReplacement(cased, Matcher.quoteReplacement(kept ? w : w.toLowerCase(INDONESIAN)));
        }
        word.appendTail(cased);
        String sentence = cased.toString();
        for (ProperName name : PROPER_NAMES) {
            sentence = name.pattern().matcher(sentence).replaceAll(Matcher.quoteReplacement(name.written()));
        }
        return sentence;
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(n, words.length)));
    }

    private static boolean hasDigit(String word) {
        return word.codePoints().anyMatch(Character::isDigit);
    }

    private static String capitalised(String lower) {
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(INDONESIAN) + lower.substring(1);
    }

    private record ProperName(Pattern pattern, String written) {

        static ProperName of(String written) {
            return new ProperName(Pattern.compile(
                    "(?iU)(?<![\\p{L}\\d])" + Pattern.quote(written) + "(?![\\p{L}\\d])"), written);
        }
    }
}
