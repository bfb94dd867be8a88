package id.perpustakaan.jembatan.routes.normalise.regulation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a regulation's operative provisions stand: from the enacting words ("MEMUTUSKAN:", "Menetapkan :") to the
 * elucidation ("PENJELASAN ATAS …") or the first annex ("LAMPIRAN …") after the signature. Only there does
 * "mencabut" or "diubah" change the law; the grounds (Menimbang, Mengingat) cite, the elucidation explains, and an
 * annex such as the drafting guide's gives model sentences ("… mencabut Undang-Undang Nomor 3 Tahun 1982 …").
 *
 * @param start where the provisions start (0 when no enacting words were found)
 * @param end   where they end (the text's length when no elucidation or annex follows)
 */
record Provisions(int start, int end) {

    private static final Pattern ENACTING = Pattern.compile(
            "(?U)M\\s?E\\s?M\\s?U\\s?T\\s?U\\s?S\\s?K\\s?A\\s?N\\b|(?m:^[ \\t]*Memutuskan\\b)");

    /** Headings in capitals, as printed: a sentence that mentions "Lampiran" or "penjelasan" is no heading. */
    private static final Pattern AFTER_PROVISIONS = Pattern.compile(
            "\\bPENJELASAN\\s+ATAS\\b|(?m:^[ \\t]*PENJELASAN[ \\t]*$)|(?m:^[ \\t]*LAMPIRAN\\b)"
                    + "|\\bLAMPIRAN\\s+(?:[IVX]+\\s+)?(?:PERATURAN|UNDANG|KEPUTUSAN|SURAT)\\b");

    /** The signature closes the provisions: an annex heading is looked for only after it, when there is one. */
    private static final Pattern SIGNATURE = Pattern.compile("(?i)\\b(?:ditetapkan|disahkan|dikeluarkan)[ \\t]+di\\b");

    static Provisions of(String text) {
        Matcher enacting = ENACTING.matcher(text);
        int start = enacting.find() ? enacting.end() : 0;
        Matcher signature = SIGNATURE.matcher(text);
        int signed = signature.find(start) ? signature.end() : start;
        Matcher after = AFTER_PROVISIONS.matcher(text);
        int end = after.find(signed) ? after.start() : text.length();
        return new Provisions(start, end);
    }

    String operative(String text) {
        return text.substring(start, end);
    }

    /** The grounds before the provisions: where the text cites the regulations it rests on, years included. */
    String grounds(String text) {
        return text.substring(0, start);
    }
}
