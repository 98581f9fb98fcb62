package org.opencpms.e2e;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * A PDF the server answered, read as a person's tools read it (Debian's poppler-utils, installed by .ci/run):
 * {@code pdftotext} for its text, {@code pdftoppm} for a picture of its first page.
 */
final class Pdfs {

    private Pdfs() {
    }

    /** The text, in Unicode compatibility form (the "fi" ligatures the layout uses read as two letters). */
    static String text(byte[] pdf) {
        var out = temporary(".txt");
        run("pdftotext", "-enc", "UTF-8", write(pdf).toString(), out.toString());
        try {
            return Normalizer.normalize(Files.readString(out, StandardCharsets.UTF_8), Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page as an image at 50 dpi. */
    static BufferedImage firstPage(byte[] pdf) {
        var prefix = temporary("").resolveSibling("page-" + System.nanoTime());
        run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", write(pdf).toString(), prefix.toString());
        try {
            return ImageIO.read(Path.of(prefix + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(byte[] pdf) {
        var file = temporary(".pdf");
        try {
            return Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporary(String suffix) {
        try {
            var file = Files.createTempFile("opencpms-e2e-", suffix);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) {
        try {
            var process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
