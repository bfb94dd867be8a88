package id.perpustakaan.jembatan.routes.normalise.dates;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a date: what it looks like, and how to read a match of it. The reader answers empty for text
 * that has the shape of a date but names none (31 Februari); the match still claims its span so that a shorter
 * form ("Februari 2025") is not found inside it.
 */
record DateForm(Pattern pattern, BiFunction<Matcher, ZonedDateTime, Optional<DateMention>> reader) {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Not inside a word or a number. */
    static final String START = "(?<![\\p{L}\\p{N}])";

    /** Not followed by more of a word or a number. */
    static final String END = "(?![\\p{L}\\p{N}])";

    static DateForm of(String regex, BiFunction<Matcher, ZonedDateTime, Optional<DateMention>> reader) {
        return new DateForm(Pattern.compile(regex, FLAGS), reader);
    }
}
