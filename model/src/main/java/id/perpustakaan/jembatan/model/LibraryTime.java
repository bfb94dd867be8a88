package id.perpustakaan.jembatan.model;

import java.time.ZoneId;

/**
 * The library's time: Sawahlunto keeps Western Indonesian Time (WIB, UTC+7, no daylight saving). The dates citizens
 * and librarians read are in it, and so is a date an agency writes without a zone.
 */
public final class LibraryTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private LibraryTime() {
    }
}
