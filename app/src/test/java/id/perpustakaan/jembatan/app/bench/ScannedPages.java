package id.perpustakaan.jembatan.app.bench;

import id.perpustakaan.jembatan.model.Document;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Scans as agencies hand them over: a page of a generated Indonesian announcement printed at 200 dpi on A4, in
 * grey, slightly turned and speckled as a flatbed scanner leaves it, saved as PNG with no text layer. Each page has
 * a text of its own, so no two are duplicates.
 */
final class ScannedPages {

    private static final int WIDTH = 1654;
    private static final int HEIGHT = 2339;
    private static final int MARGIN = 160;
    /** 11 pt at 200 dpi. */
    private static final int FONT_PIXELS = 31;
    private static final int TEXT_CHARACTERS = 2_500;

    private ScannedPages() {
    }

    /** {@code count} pages in {@code folder}, numbered from {@code firstNumber}. */
    static List<Path> write(Path folder, int count, int firstNumber) throws IOException {
        Files.createDirectories(folder);
        List<Path> pages = new ArrayList<>();
        for (int n = firstNumber; n < firstNumber + count; n++) {
            Path page = folder.resolve("pindaian-" + n + ".png");
            ImageIO.write(page(n), "png", page.toFile());
            pages.add(page);
        }
        return pages;
    }

    /** Syllables for the digits of a page's number: OCR reads lowercase words far more surely than digits. */
    private static final String[] SYLLABLES = {"ba", "ci", "du", "fe", "gi", "ho", "ju", "ke", "lo", "mu"};

    /** A word printed on page {@code n} that is on no other page: proves its text was read. */
    static String marker(int n) {
        StringBuilder word = new StringBuilder("sandi");
        for (char digit : Integer.toString(n).toCharArray()) {
            word.append(SYLLABLES[digit - '0']);
        }
        return word.toString();
    }

    private static BufferedImage page(int n) {
        Document document = GeneratedDocuments.generate(n);
        StringBuilder text = new StringBuilder(document.text());
        for (int more = 1; text.length() < TEXT_CHARACTERS; more++) {
            text.append(' ').append(GeneratedDocuments.generate(n + more * 10_000_000).text());
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(246, 246, 242));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Random random = new Random(n);
            // a page never lies quite straight on the glass
            g.rotate(Math.toRadians((random.nextDouble() - 0.5) * 1.2), WIDTH / 2.0, HEIGHT / 2.0);
            g.setColor(new Color(35, 35, 35));
            g.setFont(new Font(Font.SERIF, Font.BOLD, FONT_PIXELS + 6));
            int y = MARGIN;
            y = print(g, document.title(), y);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, FONT_PIXELS));
            // the word first: the text runs on to the foot of the page, and what does not fit is cut
            y = print(g, "Kata sandi arsip: " + marker(n) + ".", y + FONT_PIXELS);
            y = print(g, text.toString(), y + FONT_PIXELS);
            speckle(g, random);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Prints {@code text} wrapped between the margins from line {@code y}; the line after it. */
    private static int print(Graphics2D g, String text, int y) {
        FontMetrics metrics = g.getFontMetrics();
        int lineHeight = metrics.getHeight();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(longer) > WIDTH - 2 * MARGIN && !line.isEmpty()) {
                g.drawString(line.toString(), MARGIN, y);
                y += lineHeight;
                if (y > HEIGHT - MARGIN) {
                    return y;
                }
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (!line.isEmpty()) {
            g.drawString(line.toString(), MARGIN, y);
            y += lineHeight;
        }
        return y;
    }

    private static void speckle(Graphics2D g, Random random) {
        g.setColor(new Color(90, 90, 90));
        for (int dot = 0; dot < 600; dot++) {
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 1 + random.nextInt(2), 1 + random.nextInt(2));
        }
    }
}
