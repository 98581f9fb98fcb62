package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.opencpms.application.imaging.ArchivedInstance;

/**
 * The stored Part 10 file of an archived instance, read by PixelMed: its attributes without pixel data (for QIDO and
 * metadata), or whole (for frames and renderings). The file meta information is left out of what is returned.
 */
final class StoredInstance {

    private StoredInstance() {
    }

    /** The data set up to (not including) the pixel data. */
    static AttributeList header(ArchivedInstance instance) {
        return read(instance, true, false);
    }

    /** The whole data set, pixel data as stored (compressed stays compressed). */
    static AttributeList whole(ArchivedInstance instance) {
        return read(instance, false, false);
    }

    /** The whole data set, compressed pixel data decompressed (for rendering). */
    static AttributeList decompressed(ArchivedInstance instance) {
        return read(instance, false, true);
    }

    /** The stored file's transfer syntax. */
    static String transferSyntax(ArchivedInstance instance) {
        try (InputStream in = new BufferedInputStream(instance.bytes().open())) {
            var meta = new AttributeList();
            meta.readOnlyMetaInformationHeader(new DicomInputStream(in));
            return meta.get(TagFromName.TransferSyntaxUID).getSingleStringValueOrEmptyString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DicomException e) {
            throw new IllegalStateException("a stored instance cannot be read", e);
        }
    }

    private static AttributeList read(ArchivedInstance instance, boolean headerOnly, boolean decompress) {
        var list = new AttributeList();
        list.setDecompressPixelData(decompress);
        try (InputStream in = new BufferedInputStream(instance.bytes().open())) {
            var dicom = new DicomInputStream(in);
            if (headerOnly) {
                list.read(dicom, TagFromName.PixelData);
            } else {
                list.read(dicom);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DicomException e) {
            throw new IllegalStateException("a stored instance cannot be read", e);
        }
        list.removeMetaInformationHeaderAttributes();
        list.removeGroupLengthAttributes();
        return list;
    }
}
