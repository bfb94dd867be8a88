package id.perpustakaan.jembatan.routes.normalise.dates;

/** How much of the calendar a date expression pins down. */
public enum Precision {

    /** A day, with or without a time of day ("3 Maret 2025", "kemarin", "3 jam yang lalu"). */
    DAY,

    /** A month only ("Maret 2025"); the value is the first day of that month. */
    MONTH
}
