package id.perpustakaan.jembatan.routes.normalise;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * What one file may hold, across every level of archives in archives and documents in documents: how many
 * documents, how deep, and how many bytes they unpack to in all. Tika's own checks look at one level at a time
 * (the ratio between a package and the text it gives), so zips of zips of zips, each modest, pass them; Tika hands
 * every document inside another to this one extractor, whatever the level, so it sees the whole tree.
 *
 * <p>Each embedded document is read through a counting stream, and what its parser leaves unread is read to its
 * end (the archive would inflate it anyway to reach the next entry). A size an archive declares for an entry is
 * checked before a byte of it is inflated. The first limit crossed is remembered: parsers swallow failures of
 * embedded documents, so the extractor also checks after every parse, and so does {@link TextExtractor}.
 */
final class UnpackingBudget extends ParsingEmbeddedDocumentExtractor {

    private static final int DRAIN_BUFFER = 64 * 1024;
    /** Formats that only hold other files; documents that hold documents (DOCX, ODT, EPUB) are not among them. */
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-tar", "application/gzip",
            "application/x-gtar", "application/x-7z-compressed", "application/x-bzip2", "application/x-xz",
            "application/x-compress", "application/zstd", "application/x-lzma", "application/x-cpio",
            "application/x-archive", "application/java-archive", "application/x-rar-compressed",
            "application/vnd.rar");

    private final ParserSettings limits;
    private final ParseWatch watch;
    private final Detector detector;
    private boolean measureOnly;
    private long unpacked;
    private int documents;
    private int depth;
    private String refusal;

    UnpackingBudget(ParseContext context, ParserSettings limits, ParseWatch watch, Detector detector) {
        super(context);
        this.limits = limits;
        this.watch = watch;
        this.detector = detector;
    }

    /** A format that only holds other files, by its detected media type (parameters ignored). */
    static boolean isArchive(String mediaType) {
        return mediaType != null && ARCHIVES.contains(RefusalReasons.baseType(mediaType));
    }

    /** From now on the documents inside are measured, not parsed: the text has all it may hold. */
    void measureOnly() {
        measureOnly = true;
    }

    /** The reason the file is refused, once it crossed a limit. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        ensureWithin();
        if (++documents > limits.maxArchiveEntries()) {
            refuse("too many documents inside: more than " + limits.maxArchiveEntries()
                    + ", counting those in archives inside it (jembatan.harvest.max-archive-entries)");
        }
        if (depth + 1 > limits.maxEmbeddingDepth()) {
            refuse("nested too deep: documents inside documents more than " + limits.maxEmbeddingDepth()
                    + " levels deep (jembatan.harvest.max-embedding-depth)");
        }
        Long declared = declaredSize(metadata);
        if (declared != null && declared > limits.maxUnpackedBytes() - unpacked) {
            refuse(unpackedTooMuch());
        }
        depth++;
        try {
            Counted counted = new Counted(stream);
            InputStream embedded = keepingContainer(stream, counted);
            if (!measureOnly || isArchive(detector.detect(embedded, metadata).toString())) {
                super.parseEmbedded(embedded, handler, metadata, outputHtml);
            }
            counted.drain();
        } finally {
            depth--;
        }
        ensureWithin();
    }

    private String unpackedTooMuch() {
        return "zip bomb: the documents inside unpack to more than " + RefusalReasons.size(limits.maxUnpackedBytes())
                + ", counting archives inside archives (jembatan.harvest.max-unpacked-size)";
    }

    private void ensureWithin() throws SAXException {
        if (refusal != null) {
            throw new LimitCrossed(refusal);
        }
    }

    private void refuse(String reason) throws SAXException {
        if (refusal == null) {
            refusal = reason;
        }
        throw new LimitCrossed(refusal);
    }

    private static Long declaredSize(Metadata metadata) {
        String length = metadata.get(Metadata.CONTENT_LENGTH);
        try {
            return length == null ? null : Long.valueOf(length);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Embedded office objects come as an open container (a POI directory) beside their bytes: keep it. */
    private static TikaInputStream keepingContainer(InputStream original, Counted counted) {
        TikaInputStream wrapped = TikaInputStream.get(counted);
        if (original instanceof TikaInputStream tis && tis.getOpenContainer() != null) {
            wrapped.setOpenContainer(tis.getOpenContainer());
        }
        return wrapped;
    }

    /** A limit was crossed; a {@link SAXException} because parsers pass those on instead of recording them. */
    static final class LimitCrossed extends SAXException {
        LimitCrossed(String reason) {
            super(reason);
        }
    }

    /** Counts every byte read from an embedded document against the budget, and stops with the parse. */
    private final class Counted extends FilterInputStream {

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public void close() {
            // the archive's stream: its parser closes it when it moves on
        }

        void drain() throws IOException {
            byte[] buffer = new byte[DRAIN_BUFFER];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted in read
            }
        }

        private void count(long bytes) throws IOException {
            watch.check();
            unpacked += bytes;
            if (unpacked > limits.maxUnpackedBytes()) {
                if (refusal == null) {
                    refusal = unpackedTooMuch();
                }
                throw new IOException(refusal);
            }
        }
    }
}
