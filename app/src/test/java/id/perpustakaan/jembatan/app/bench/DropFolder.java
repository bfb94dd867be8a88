package id.perpustakaan.jembatan.app.bench;

import id.perpustakaan.jembatan.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The files a benchmark drops: generated Indonesian announcements as text and HTML of about 5 KB, and the real
 * office files of {@code ../shared/corpus/docs} copied over and over with bytes of their own, so that no copy is a
 * duplicate of another (the pipeline would keep one document for identical files).
 */
public final class DropFolder {

    // texts grow by whole generated documents of about 2 KB: stopping past 4,000 characters makes them about 5 KB
    private static final int TEXT_CHARACTERS = 4_000;

    private DropFolder() {
    }

    /** {@code count} files, every other one HTML, each a different generated document. */
    public static List<Path> texts(Path folder, int count, int firstNumber) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int n = firstNumber; n < firstNumber + count; n++) {
            Document document = GeneratedDocuments.generate(n);
            // about 5 KB, as the agencies' announcements are: the generated text, continued by others of its own
            StringBuilder body = new StringBuilder(document.text());
            for (int more = 1; body.length() < TEXT_CHARACTERS; more++) {
                body.append("\n\n").append(GeneratedDocuments.generate(n + more * 10_000_000).text());
            }
            String text = body + "\n\nNomor arsip " + n + ".";
            if (n % 2 == 0) {
                files.add(Files.writeString(folder.resolve("pengumuman-" + n + ".txt"),
                        document.title() + "\n\n" + text, StandardCharsets.UTF_8));
            } else {
                files.add(Files.writeString(folder.resolve("pengumuman-" + n + ".html"),
                        "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + document.title()
                                + "</title></head><body><nav><a href=\"/\">Beranda</a></nav><article><h1>"
                                + document.title() + "</h1><p>" + text.replace("\n\n", "</p><p>")
                                + "</p></article><footer>Pemerintah Kota Sawahlunto</footer></body></html>",
                        StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /**
     * {@code count} copies of the corpus's PDF and office (ZIP) files, round-robin, each changed so its bytes are
     * its own: a PDF gets a comment after its end, a ZIP package a comment of its own. Empty when the corpus is absent.
     */
    static List<Path> officeCopies(Path corpus, Path folder, int count) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return List.of();
        }
        List<Path> originals;
        try (Stream<Path> walk = Files.walk(corpus)) {
            originals = walk.filter(Files::isRegularFile).filter(DropFolder::copyable).sorted().toList();
        }
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < count && !originals.isEmpty(); n++) {
            Path original = originals.get(n % originals.size());
            String name = n + "-" + original.getFileName();
            Path copy = folder.resolve(name);
            if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                Files.write(copy, Files.readAllBytes(original));
                Files.writeString(copy, "\n% salinan " + n + "\n", java.nio.file.StandardOpenOption.APPEND);
            } else {
                withOwnComment(original, copy, n);
            }
            files.add(copy);
        }
        return files;
    }

    private static boolean copyable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return true;
        }
        if (!(name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".pptx") || name.endsWith(".odt")
                || name.endsWith(".ods") || name.endsWith(".epub"))) {
            return false;
        }
        // encrypted and broken packages are the corpus's refusals; a copy of them measures nothing more
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.entries().hasMoreElements();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void withOwnComment(Path original, Path copy, int n) throws IOException {
        // read by the central directory: some packages have stored entries that a streaming reader cannot take
        try (ZipFile in = new ZipFile(original.toFile());
             OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                ZipEntry copied = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    // the ODF mimetype entry stays first and stored, as readers expect
                    byte[] bytes;
                    try (InputStream stored = in.getInputStream(entry)) {
                        bytes = stored.readAllBytes();
                    }
                    copied.setMethod(ZipEntry.STORED);
                    copied.setSize(bytes.length);
                    copied.setCompressedSize(bytes.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    copied.setCrc(crc.getValue());
                    out.putNextEntry(copied);
                    out.write(bytes);
                } else {
                    out.putNextEntry(copied);
                    try (InputStream deflated = in.getInputStream(entry)) {
                        deflated.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            // the archive's comment: the package's parts stay exactly as they were (a part added to an OOXML package
            // needs a content type, and POI refuses one without)
            out.setComment("salinan " + n);
        }
    }
}
