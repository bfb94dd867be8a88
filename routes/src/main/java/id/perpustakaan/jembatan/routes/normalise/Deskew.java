package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.RawContent;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.tika.parser.ocr.tess4j.ImageDeskew;

/**
 * Straightens a scan fed in at an angle: Tesseract reads nothing from a page turned by ten degrees. The angle
 * comes from Tika's Hough-transform estimate, which is only trusted after OCR of the image as it came found no
 * text (on a straight page it can report a skew that is not there).
 */
final class Deskew {

    /** Below this the page is as straight as a scanner makes it. */
    private static final double NEGLIGIBLE_DEGREES = 0.5;
    private static final double MAX_DEGREES = 45;

    private Deskew() {
    }

    /** The straightened image as PNG, or empty when the image cannot be read or needs no turning. */
    static Optional<byte[]> straighten(RawContent raw) {
        try (InputStream in = raw.body().open()) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                return Optional.empty();
            }
            double angle = new ImageDeskew(image).getSkewAngle();
            if (Math.abs(angle) < NEGLIGIBLE_DEGREES || Math.abs(angle) > MAX_DEGREES) {
                return Optional.empty();
            }
            var out = new ByteArrayOutputStream();
            ImageIO.write(rotate(image, -angle), "png", out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage rotate(BufferedImage image, double degrees) {
        double radians = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(radians));
        double cos = Math.abs(Math.cos(radians));
        int width = (int) Math.ceil(image.getWidth() * cos + image.getHeight() * sin);
        int height = (int) Math.ceil(image.getHeight() * cos + image.getWidth() * sin);
        BufferedImage rotated = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rotated.createGraphics();
        try {
            // white corners: black ones would read as ink
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.translate(width / 2.0, height / 2.0);
            graphics.rotate(radians);
            graphics.drawImage(image, -image.getWidth() / 2, -image.getHeight() / 2, null);
        } finally {
            graphics.dispose();
        }
        return rotated;
    }
}
