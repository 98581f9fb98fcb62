package org.opencpms.adapters.pdf.panel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Reads a PDF back as a person's tools would, with Debian's poppler-utils: {@code pdftotext} for its text and
 * {@code pdftoppm} for the picture of its first page. A PDF these tools cannot read fails the test.
 */
final class Poppler {

    private Poppler() {
    }

    /**
     * The document's text, in reading order, in Unicode compatibility form (NFKC): PDFBox sets "fi" and "ff" as
     * the font's ligatures, which pdftotext gives back as U+FB01 and U+FB00, as a search in a PDF viewer finds them.
     */
    static String text(byte[] pdf) throws IOException, InterruptedException {
        var file = write(pdf);
        var out = Files.createTempFile("opencpms-", ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", file.toString(), out.toString()));
        return Normalizer.normalize(Files.readString(out, StandardCharsets.UTF_8), Normalizer.Form.NFKC);
    }

    /** The first page as an image, at {@code dpi}. */
    static BufferedImage firstPage(byte[] pdf, int dpi) throws IOException, InterruptedException {
        var file = write(pdf);
        var prefix = Files.createTempDirectory("opencpms-pages-").resolve("page");
        run(List.of("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", "1", "-l", "1", "-singlefile",
                file.toString(), prefix.toString()));
        return ImageIO.read(prefix.resolveSibling("page.png").toFile());
    }

    /** How many pages the document has, as {@code pdfinfo} reads it. */
    static int pages(byte[] pdf) throws IOException, InterruptedException {
        var out = run(List.of("pdfinfo", write(pdf).toString()));
        return out.lines().filter(l -> l.startsWith("Pages:"))
                .mapToInt(l -> Integer.parseInt(l.substring("Pages:".length()).strip())).findFirst().orElse(0);
    }

    private static Path write(byte[] pdf) throws IOException {
        var file = Files.createTempFile("opencpms-", ".pdf");
        Files.write(file, pdf);
        file.toFile().deleteOnExit();
        return file;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
