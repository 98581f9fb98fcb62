package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.display.ConsumerFormatImageMaker;
import com.pixelmed.display.SourceImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A frame rendered for people (WADO-RS {@code /rendered}, thumbnails): PixelMed's 8-bit consumer image of the frame,
 * windowed as the instance says (or over its pixel range), as JPEG or PNG. Only pixels are rendered, never an
 * annotation, so a rendering carries nothing the stored instance does not.
 */
final class Rendering {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private Rendering() {
    }

    /** The image in {@code mediaType} ({@link #JPEG} or {@link #PNG}), or empty if the instance has no such frame. */
    static Optional<byte[]> of(AttributeList list, int frame, String mediaType) {
        try {
            var source = new SourceImage(list);
            if (!source.isImage() || frame < 1 || frame > source.getNumberOfBufferedImages()) {
                return Optional.empty();
            }
            BufferedImage image = ConsumerFormatImageMaker.makeEightBitFrame(source, frame - 1);
            var out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, PNG.equals(mediaType) ? "png" : "jpeg", out)) {
                throw new IllegalStateException("no image writer for " + mediaType);
            }
            return Optional.of(out.toByteArray());
        } catch (DicomException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PNG if the Accept header asks for it before (or without) JPEG, else JPEG. */
    static String negotiated(String accept) {
        if (accept == null) {
            return JPEG;
        }
        int png = accept.indexOf(PNG);
        int jpeg = accept.indexOf(JPEG);
        return png >= 0 && (jpeg < 0 || png < jpeg) ? PNG : JPEG;
    }
}
