package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * The frames of an instance's pixel data as WADO-RS hands them out (PS3.18 8.7.3): uncompressed frames as their
 * native little-endian bytes ({@code application/octet-stream}); compressed frames as stored, in the media type of
 * their transfer syntax ({@code image/jpeg}, {@code image/jls}, {@code image/jp2}, {@code image/dicom-rle}).
 */
final class Frames {

    private final AttributeList list;
    private final String transferSyntax;

    /** @param list the whole data set, pixel data not decompressed */
    Frames(AttributeList list, String transferSyntax) {
        this.list = list;
        this.transferSyntax = transferSyntax;
    }

    int count() {
        return Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1));
    }

    /** The media type of every frame of this instance. */
    String mediaType() {
        String ts = transferSyntax.strip();
        if (ts.startsWith("1.2.840.10008.1.2.4.8")) {
            return "image/jls";
        }
        if (ts.startsWith("1.2.840.10008.1.2.4.9")) {
            return "image/jp2";
        }
        if (ts.startsWith("1.2.840.10008.1.2.4.")) {
            return "image/jpeg";
        }
        return ts.equals("1.2.840.10008.1.2.5") ? "image/dicom-rle" : "application/octet-stream";
    }

    /** Frame {@code number} (from 1), or empty if there is none such. */
    Optional<byte[]> frame(int number) {
        Attribute pixels = list.get(TagFromName.PixelData);
        if (pixels == null || number < 1 || number > count()) {
            return Optional.empty();
        }
        try {
            if (pixels instanceof OtherByteAttributeMultipleCompressedFrames compressed) {
                byte[][] frames = compressed.getFrames();
                return number <= frames.length ? Optional.of(frames[number - 1]) : Optional.empty();
            }
            byte[] all = pixels instanceof OtherWordAttribute words ? littleEndian(words.getShortValues()) : pixels.getByteValues();
            long size = (long) integer(TagFromName.Rows) * integer(TagFromName.Columns)
                    * Math.max(1, integer(TagFromName.SamplesPerPixel)) * (integer(TagFromName.BitsAllocated) / 8);
            long from = (number - 1) * size;
            if (size < 1 || from + size > all.length) {
                return Optional.empty();
            }
            return Optional.of(java.util.Arrays.copyOfRange(all, (int) from, (int) (from + size)));
        } catch (DicomException e) {
            throw new IllegalStateException("the pixel data of a stored instance cannot be read", e);
        }
    }

    private int integer(com.pixelmed.dicom.AttributeTag tag) {
        return Attribute.getSingleIntegerValueOrDefault(list, tag, 0);
    }

    private static byte[] littleEndian(short[] words) {
        var bytes = ByteBuffer.allocate(words.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(words);
        return bytes.array();
    }
}
