package id.perpustakaan.jembatan.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Indonesian words reduced to their stems by Lucene's {@link IndonesianAnalyzer} (the Tala stemmer with its
 * stopwords, the algorithm behind Elasticsearch's {@code indonesian} analyzer): "perpustakaan" and "pustaka" are both
 * "pustaka", "pelayanan" and "layanan" both "layan". Jembatan stems by itself, into the {@code stemmed.*} fields at
 * projection and on the query at search, because the minimal Elasticsearch distribution has no stemmer: the same
 * words meet on every distribution. Thread-safe.
 */
public final class IndonesianStems {

    /** Stemming is linear, but a document's text has no end: what lies beyond this is searched unstemmed only. */
    static final int MAX_CHARS = 200_000;
    private static final Analyzer ANALYZER = new IndonesianAnalyzer();

    private IndonesianStems() {
    }

    /** The stems of the text's words, separated by spaces, stopwords left out; empty when none is left. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        StringBuilder stems = new StringBuilder(bounded.length() / 2);
        try (TokenStream tokens = ANALYZER.tokenStream("", bounded)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!stems.isEmpty()) {
                    stems.append(' ');
                }
                stems.append(term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
        return stems.toString();
    }
}
