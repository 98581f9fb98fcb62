package org.opencpms.adapters.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.TagFromName;
import java.util.List;

/**
 * Synthetic instances of the kinds that often carry burned-in text, ultrasound and secondary capture, made from
 * {@link SyntheticCt}'s instance (so with the same planted identifiers, sequences and private attributes) and given
 * what their IODs require, as Part 10 files.
 */
public final class SyntheticImages {

    public static final String US_IMAGE = "1.2.840.10008.5.1.4.1.1.6.1";
    public static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private SyntheticImages() {
    }

    /** An 8-bit ultrasound image. */
    public static byte[] ultrasound() {
        try {
            var list = eightBit(SyntheticCt.instance(1, 1, 16), US_IMAGE, "US");
            SyntheticCt.put(list, TagFromName.ImageType, "ORIGINAL\\PRIMARY\\ABDOMINAL");
            return SyntheticCt.file(list);
        } catch (DicomException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An 8-bit secondary capture, as a screenshot would arrive. */
    public static byte[] secondaryCapture() {
        try {
            var list = eightBit(SyntheticCt.instance(1, 1, 16), SECONDARY_CAPTURE, "OT");
            SyntheticCt.put(list, TagFromName.ConversionType, "WSD");
            SyntheticCt.put(list, TagFromName.ImageType, "DERIVED\\SECONDARY");
            return SyntheticCt.file(list);
        } catch (DicomException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AttributeList eightBit(AttributeList list, String sopClass, String modality) throws DicomException {
        SyntheticCt.put(list, TagFromName.SOPClassUID, sopClass);
        SyntheticCt.put(list, TagFromName.Modality, modality);
        list.remove(TagFromName.RescaleIntercept);
        list.remove(TagFromName.RescaleSlope);
        SyntheticCt.put(list, TagFromName.BitsAllocated, "8");
        SyntheticCt.put(list, TagFromName.BitsStored, "8");
        SyntheticCt.put(list, TagFromName.HighBit, "7");
        list.remove(TagFromName.BurnedInAnnotation);
        for (var planeOrCt : List.of(TagFromName.ImageOrientationPatient, TagFromName.ImagePositionPatient, TagFromName.PixelSpacing,
                TagFromName.SliceThickness, SyntheticCt.KVP, TagFromName.PatientPosition)) {
            list.remove(planeOrCt);
        }
        list.putNewAttribute(TagFromName.PatientOrientation);
        byte[] pixels = new byte[16 * 16];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 3);
        }
        var pixelData = new OtherByteAttribute(TagFromName.PixelData);
        pixelData.setValues(pixels);
        list.put(pixelData);
        return list;
    }
}
