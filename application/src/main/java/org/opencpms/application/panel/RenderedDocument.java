package org.opencpms.application.panel;

import java.util.Arrays;
import org.opencpms.domain.shared.Require;

/**
 * A document laid out for print: its media type ({@code application/pdf}), a file name to offer when saving it
 * (made of the nickname and the document's kind only), and its bytes.
 *
 * <p>Invariants: all three are present; the content is not empty and is copied in and out, so nobody changes the
 * document after it was rendered.
 */
public record RenderedDocument(String mediaType, String fileName, byte[] content) {

    public RenderedDocument {
        mediaType = Require.text(mediaType, "media-type", 100);
        fileName = Require.text(fileName, "file-name", 200);
        Require.present(content, "content");
        if (content.length == 0) {
            throw new IllegalArgumentException("a rendered document is never empty");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedDocument d && d.mediaType.equals(mediaType) && d.fileName.equals(fileName)
                && Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * mediaType.hashCode() + fileName.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + mediaType + ", " + fileName + ", " + content.length + " bytes]";
    }
}
