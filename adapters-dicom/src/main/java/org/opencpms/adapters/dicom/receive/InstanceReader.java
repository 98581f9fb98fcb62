package org.opencpms.adapters.dicom.receive;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads a received data set into a PixelMed {@link AttributeList}, pixel data left as it came (compressed stays
 * compressed), and checks what every stored instance needs: SOP class, SOP instance, study and series UIDs that are
 * valid UIDs, and, when the request named them, the same SOP class and instance as the request.
 */
final class InstanceReader {

    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

    /** Every standard transfer syntax is this UID or under it. */
    private static final String STANDARD_SYNTAXES = "1.2.840.10008.1.2";

    private InstanceReader() {
    }

    /**
     * @param bytes holds the data set as received, without file meta information, from {@code offset} on
     * @param transferSyntax the transfer syntax it is encoded in
     */
    static AttributeList read(byte[] bytes, int offset, int length, String transferSyntax) throws UnusableInstance {
        if (!transferSyntax.strip().equals(STANDARD_SYNTAXES) && !transferSyntax.strip().startsWith(STANDARD_SYNTAXES + ".")) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "unknown transfer syntax " + transferSyntax);
        }
        var list = new AttributeList();
        list.setDecompressPixelData(false);
        try (var in = new DicomInputStream(new ByteArrayInputStream(bytes, offset, length), transferSyntax, false)) {
            list.read(in);
        } catch (IOException | DicomException | RuntimeException | OutOfMemoryError e) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "the data set cannot be read in " + transferSyntax
                    + " (" + e.getClass().getSimpleName() + ")");
        }
        if (list.get(TagFromName.SOPClassUID) == null && list.get(TagFromName.SOPInstanceUID) == null) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "not a DICOM data set (no SOP class, no SOP instance)");
        }
        checkPixels(list, transferSyntax);
        return list;
    }

    /**
     * PixelMed drops an element it cannot read to the end and carries on, so a data set truncated in (or before) its
     * pixel data reads without error: an image (it has Rows) must carry its pixel data, complete when uncompressed.
     */
    private static void checkPixels(AttributeList list, String transferSyntax) throws UnusableInstance {
        if (list.get(TagFromName.Rows) == null) {
            return;
        }
        Attribute pixels = list.get(TagFromName.PixelData);
        if (pixels == null) {
            throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "the image has no pixel data, or it was cut short");
        }
        if (!TransferSyntax.isEncapsulated(transferSyntax)) {
            long bits = (long) integer(list, TagFromName.Rows) * integer(list, TagFromName.Columns)
                    * Math.max(1, integer(list, TagFromName.SamplesPerPixel)) * Math.max(1, integer(list, TagFromName.NumberOfFrames))
                    * integer(list, TagFromName.BitsAllocated);
            if (pixels.getVL() < (bits + 7) / 8) {
                throw new UnusableInstance(StoreStatus.CANNOT_UNDERSTAND, "the pixel data is shorter than the image");
            }
        }
    }

    /** A Part 10 file read: its data set, the transfer syntax and the SOP class and instance its meta information names. */
    record Read(AttributeList list, String transferSyntax, String sopClass, String sopInstance) {
    }

    /**
     * Reads a Part 10 file: {@link Part10#of its file meta information} says the transfer syntax and the SOP class and
     * instance, which the data set must repeat ({@link #check}).
     */
    static Read readFile(byte[] file) throws UnusableInstance {
        var part10 = Part10.of(file);
        var list = read(file, part10.dataSetOffset(), file.length - part10.dataSetOffset(), part10.transferSyntax());
        String sopClass = part10.sopClass().isEmpty() ? value(list, TagFromName.SOPClassUID) : part10.sopClass();
        String instance = part10.sopInstance().isEmpty() ? value(list, TagFromName.SOPInstanceUID) : part10.sopInstance();
        return new Read(list, part10.transferSyntax(), sopClass, instance);
    }

    private static String value(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag).strip();
    }

    private static int integer(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleIntegerValueOrDefault(list, tag, 0);
    }

    /** Checks the UIDs of the instance against the request's affected SOP class and instance. */
    static void check(AttributeList list, String requestedSopClass, String requestedInstance) throws UnusableInstance {
        String sopClass = uid(list, TagFromName.SOPClassUID, "SOP Class UID");
        String instance = uid(list, TagFromName.SOPInstanceUID, "SOP Instance UID");
        uid(list, TagFromName.StudyInstanceUID, "Study Instance UID");
        uid(list, TagFromName.SeriesInstanceUID, "Series Instance UID");
        if (!sopClass.equals(requestedSopClass.strip()) || !instance.equals(requestedInstance.strip())) {
            throw new UnusableInstance(StoreStatus.DATA_SET_DOES_NOT_MATCH_SOP_CLASS,
                    "the data set is not the SOP class and instance of the request");
        }
    }

    private static String uid(AttributeList list, AttributeTag tag, String name) throws UnusableInstance {
        String value = Attribute.getSingleStringValueOrEmptyString(list, tag).strip();
        if (value.isEmpty() || value.length() > 64 || !UID.matcher(value).matches()) {
            throw new UnusableInstance(StoreStatus.DATA_SET_DOES_NOT_MATCH_SOP_CLASS,
                    name + (value.isEmpty() ? " is missing" : " is not a valid UID"));
        }
        return value;
    }
}
