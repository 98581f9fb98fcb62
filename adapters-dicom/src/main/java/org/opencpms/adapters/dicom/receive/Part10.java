package org.opencpms.adapters.dicom.receive;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The file meta information of a DICOM Part 10 file (PS3.10 7.1): a 128-byte preamble, {@code DICM}, then group 0002
 * in explicit VR little endian, whose first element, File Meta Information Group Length, says where the data set
 * begins. A length that points beyond the file, or meta information PixelMed cannot read, makes the file unusable.
 */
record Part10(int dataSetOffset, String transferSyntax, String sopClass, String sopInstance) {

    private static final int PREAMBLE = 128;
    /** Preamble, DICM, and the group length element: tag (4), VR (2), length (2), value (4). */
    private static final int GROUP_LENGTH_END = PREAMBLE + 4 + 12;

    static Part10 of(byte[] file) throws UnusableInstance {
        if (file.length < GROUP_LENGTH_END
                || !"DICM".equals(new String(file, PREAMBLE, 4, StandardCharsets.US_ASCII))) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "not a DICOM Part 10 file (no DICM prefix)");
        }
        var header = ByteBuffer.wrap(file, PREAMBLE + 4, 12).order(ByteOrder.LITTLE_ENDIAN);
        if (header.getShort() != 0x0002 || header.getShort() != 0x0000) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "the file meta information has no group length");
        }
        header.position(header.position() + 4);
        long groupLength = Integer.toUnsignedLong(header.getInt());
        if (groupLength > file.length - GROUP_LENGTH_END) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "the file meta information claims more bytes than the file has");
        }
        int end = GROUP_LENGTH_END + (int) groupLength;
        var meta = new AttributeList();
        try (var in = new DicomInputStream(new ByteArrayInputStream(file, 0, end))) {
            meta.read(in);
        } catch (IOException | DicomException | RuntimeException e) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "the file meta information cannot be read");
        }
        String syntax = Attribute.getSingleStringValueOrEmptyString(meta, TagFromName.TransferSyntaxUID).strip();
        if (syntax.isEmpty()) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "the file meta information names no transfer syntax");
        }
        return new Part10(end, syntax, Attribute.getSingleStringValueOrEmptyString(meta, TagFromName.MediaStorageSOPClassUID).strip(),
                Attribute.getSingleStringValueOrEmptyString(meta, TagFromName.MediaStorageSOPInstanceUID).strip());
    }
}
