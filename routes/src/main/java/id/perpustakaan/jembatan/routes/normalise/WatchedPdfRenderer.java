package id.perpustakaan.jembatan.routes.normalise;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.tools.imageio.ImageIOUtil;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.TikaPagedText;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.renderer.PageBasedRenderResults;
import org.apache.tika.renderer.PageRangeRequest;
import org.apache.tika.renderer.RenderRequest;
import org.apache.tika.renderer.RenderResult;
import org.apache.tika.renderer.RenderResults;
import org.apache.tika.renderer.RenderingTracker;
import org.apache.tika.renderer.pdf.pdfbox.PDDocumentRenderer;

/**
 * Renders PDF pages for OCR as Tika's own PDFBox renderer does (the page at the OCR resolution and image type, as
 * PNG), with one difference: its page drawer checks the parse's watch before every drawing operator, so a page
 * that would take minutes to draw stops when its parse is stopped instead of drawing on for nobody.
 */
final class WatchedPdfRenderer implements PDDocumentRenderer {

    private static final Set<MediaType> PDF = Set.of(MediaType.application("pdf"));

    /** Never serialised: a renderer lives for one parse in this JVM. */
    private final transient ParseWatch watch;

    WatchedPdfRenderer(ParseWatch watch) {
        this.watch = watch;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return PDF;
    }

    @Override
    public RenderResults render(InputStream in, Metadata metadata, ParseContext context, RenderRequest... requests)
            throws IOException {
        TikaInputStream tis = TikaInputStream.get(in);
        boolean ours = !(tis.getOpenContainer() instanceof PDDocument);
        PDDocument document = ours ? Loader.loadPDF(new RandomAccessReadBuffer(tis))
                : (PDDocument) tis.getOpenContainer();
        PageBasedRenderResults results = new PageBasedRenderResults(new TemporaryResources());
        try {
            PDFRenderer renderer = new Renderer(document);
            for (RenderRequest request : requests) {
                int from = 1;
                int to = document.getNumberOfPages();
                if (request instanceof PageRangeRequest range && !PageRangeRequest.RENDER_ALL.equals(range)) {
                    from = range.getFrom();
                    to = range.getTo();
                }
                for (int page = from; page <= to; page++) {
                    results.add(renderPage(renderer, document, page, context));
                }
            }
        } finally {
            if (ours) {
                document.close();
            }
        }
        return results;
    }

    private RenderResult renderPage(PDFRenderer renderer, PDDocument document, int pageNumber, ParseContext context)
            throws IOException {
        RenderingTracker tracker = context.get(RenderingTracker.class);
        if (tracker == null) {
            tracker = new RenderingTracker();
            context.set(RenderingTracker.class, tracker);
        }
        PDFParserConfig config = context.get(PDFParserConfig.class, new PDFParserConfig());
        Metadata page = new Metadata();
        page.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, TikaCoreProperties.EmbeddedResourceType.RENDERING.name());
        page.set(TikaPagedText.PAGE_NUMBER, pageNumber);
        page.set(TikaPagedText.PAGE_ROTATION, (double) document.getPage(pageNumber - 1).getRotation());
        BufferedImage image = renderer.renderImageWithDPI(pageNumber - 1, config.getOcrDPI(),
                config.getOcrImageType().getImageType());
        watch.check();
        Path file = Files.createTempFile("jembatan-ocr-page-", "." + config.getOcrImageFormatName());
        try (OutputStream out = Files.newOutputStream(file)) {
            ImageIOUtil.writeImage(image, config.getOcrImageFormatName(), out, config.getOcrDPI());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new RenderResult(RenderResult.STATUS.SUCCESS, tracker.getNextId(), file, page);
    }

    /** PDFBox's renderer with a page drawer that stops between two drawing operators. */
    private final class Renderer extends PDFRenderer {

        Renderer(PDDocument document) {
            super(document);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    watch.check();
                    super.processOperator(operator, operands);
                }
            };
        }
    }
}
