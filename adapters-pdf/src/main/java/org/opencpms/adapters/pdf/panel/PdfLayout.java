package org.opencpms.adapters.pdf.panel;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;

/**
 * Lays a filled XHTML page out as PDF with openhtmltopdf on Apache PDFBox, as PDF/A-3u (for the patient record's
 * archive: fonts embedded, sRGB colours, text extractable as Unicode) and tagged for PDF/UA (readable by a screen
 * reader, in the page's order, with its title and language). The page's only font is DejaVu Sans
 * (regular and bold, shipped with this adapter), embedded as a subset, so that every European script prints as
 * written. Nothing outside the page is loaded: the style sheet is put into the page, and the pages we fill refer to
 * no other resource.
 */
final class PdfLayout {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        LayoutWarnings.install();
    }

    private PdfLayout() {
    }

    /** The style sheet the pages share. */
    static String css() {
        try (InputStream in = resource("panel.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(Document page) {
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.usePdfUaAccessibility(true);
        builder.withProducer("OpenCPMS");
        builder.useFont(() -> resource("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> resource("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useUriResolver((base, uri) -> null);
        builder.withW3cDocument(page, "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay the document out as PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream resource(String name) {
        var in = PdfLayout.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }
}
