package org.opencpms.adapters.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic 16-bit CT instance with identifiers planted wherever the Basic Profile (PS3.15 E.1) looks: patient,
 * study, equipment, people, institution, request, nested sequences two levels deep, private attributes, UIDs and
 * dates. {@link #PLANTED} lists every planted value that must not survive de-identification.
 */
public final class SyntheticCt {

    public static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";
    public static final String HOSPITAL_ID = "HOSP-778899";
    public static final String STUDY_DATE = "20240317";
    /** Original UIDs: the prefix plus a number; the de-identification must replace every one of them. */
    public static final String UID_ROOT = "1.3.6.1.4.1.99999.7";
    /** KVP (0018,0060), which PixelMed names in its dictionary but not in {@link TagFromName}. */
    static final AttributeTag KVP = new AttributeTag(0x0018, 0x0060);

    /** Values that identify (or could): none may appear in a de-identified instance. */
    public static final List<String> PLANTED = List.of("ZWANENBURG", "WILHELMINA", HOSPITAL_ID, "NAT-5566-4433",
            "19870605", "KEIZERSGRACHT", "0612345678", "ACCESSION-4411", "STUDYID-99", "HOSPITAL DE PLANTAGE",
            "REFERRER^ROBERTA", "PERFORMER^PIETER", "OPERATOR^OTTO", "STATION-CT7", "SERIAL-123987", "REQUESTER^RUUD",
            "PROC-ID-5150", "STEP-ID-6160", "NESTED^NORA", "PRIVATE-SECRET-42", "COMMENT-ABOUT-WILHELMINA",
            "OTHER-ID-3131", "MRN-LOCATOR-77", "HISTORY-OF-MEASLES", "CT BRAIN ZWANENBURG", "SERIES OF ZWANENBURG",
            "PROTOCOL-ZW", "DEPT-RADIOLOGY-7", UID_ROOT, STUDY_DATE);

    private SyntheticCt() {
    }

    /** Instance {@code number} of series {@code series} of one study, with {@code side}x{@code side} pixels. */
    public static AttributeList instance(int series, int number, int side) {
        try {
            var list = new AttributeList();
            put(list, TagFromName.SOPClassUID, CT_IMAGE);
            put(list, TagFromName.SOPInstanceUID, UID_ROOT + ".3." + series + "." + number);
            put(list, TagFromName.StudyInstanceUID, UID_ROOT + ".1");
            put(list, TagFromName.SeriesInstanceUID, UID_ROOT + ".2." + series);
            put(list, TagFromName.FrameOfReferenceUID, UID_ROOT + ".4");
            put(list, TagFromName.Modality, "CT");
            put(list, TagFromName.PatientName, "ZWANENBURG^WILHELMINA");
            put(list, TagFromName.PatientID, HOSPITAL_ID);
            put(list, TagFromName.OtherPatientIDs, "OTHER-ID-3131");
            put(list, TagFromName.PatientBirthDate, "19870605");
            put(list, TagFromName.PatientSex, "F");
            put(list, TagFromName.PatientAddress, "KEIZERSGRACHT 1 AMSTERDAM");
            put(list, TagFromName.PatientTelephoneNumbers, "0612345678");
            put(list, TagFromName.PatientComments, "COMMENT-ABOUT-WILHELMINA");
            put(list, TagFromName.AdditionalPatientHistory, "HISTORY-OF-MEASLES");
            put(list, TagFromName.MedicalRecordLocator, "MRN-LOCATOR-77");
            put(list, TagFromName.AccessionNumber, "ACCESSION-4411");
            put(list, TagFromName.StudyID, "STUDYID-99");
            put(list, TagFromName.StudyDate, STUDY_DATE);
            put(list, TagFromName.SeriesDate, STUDY_DATE);
            put(list, TagFromName.StudyTime, "101500");
            put(list, TagFromName.StudyDescription, "CT BRAIN ZWANENBURG");
            put(list, TagFromName.SeriesDescription, "SERIES OF ZWANENBURG");
            put(list, TagFromName.ProtocolName, "PROTOCOL-ZW");
            put(list, TagFromName.InstitutionName, "HOSPITAL DE PLANTAGE");
            put(list, TagFromName.InstitutionalDepartmentName, "DEPT-RADIOLOGY-7");
            put(list, TagFromName.ReferringPhysicianName, "REFERRER^ROBERTA");
            put(list, TagFromName.PerformingPhysicianName, "PERFORMER^PIETER");
            put(list, TagFromName.OperatorsName, "OPERATOR^OTTO");
            put(list, TagFromName.StationName, "STATION-CT7");
            put(list, TagFromName.DeviceSerialNumber, "SERIAL-123987");
            put(list, TagFromName.Manufacturer, "GENERIC MODALITY CO");
            put(list, TagFromName.BodyPartExamined, "HEAD");
            put(list, TagFromName.PatientPosition, "HFS");
            list.putNewAttribute(TagFromName.PositionReferenceIndicator);
            put(list, TagFromName.SeriesNumber, Integer.toString(series));
            put(list, TagFromName.InstanceNumber, Integer.toString(number));
            list.put(sequence(TagFromName.OtherPatientIDsSequence, item(TagFromName.PatientID, "NAT-5566-4433",
                    TagFromName.TypeOfPatientID, "TEXT")));
            list.put(sequence(TagFromName.ReferencedStudySequence,
                    item(TagFromName.ReferencedSOPClassUID, "1.2.840.10008.3.1.2.3.1",
                            TagFromName.ReferencedSOPInstanceUID, UID_ROOT + ".9")));
            var request = item(TagFromName.RequestedProcedureID, "PROC-ID-5150", new AttributeTag(0x0040, 0x0009),
                    "STEP-ID-6160", TagFromName.AccessionNumber, "ACCESSION-4411", TagFromName.RequestingPhysician,
                    "REQUESTER^RUUD", TagFromName.StudyInstanceUID, UID_ROOT + ".1");
            request.put(sequence(TagFromName.ReferencedStudySequence, item(TagFromName.ReferencedSOPInstanceUID,
                    UID_ROOT + ".10", TagFromName.ReferencedSOPClassUID, "1.2.840.10008.3.1.2.3.1")));
            list.put(sequence(TagFromName.RequestAttributesSequence, request));
            list.put(sequence(TagFromName.PersonIdentificationCodeSequence, item(TagFromName.CodeValue, "NESTED^NORA",
                    TagFromName.CodingSchemeDesignator, "99LOCAL", TagFromName.CodeMeaning, "NESTED^NORA")));
            list.put(sequence(TagFromName.ContentSequence, contentItem()));
            putPrivate(list);
            putImage(list, side, series * 1000 + number);
            return list;
        } catch (DicomException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The instance as a Part 10 file in explicit VR little endian. */
    public static byte[] file(int series, int number, int side) {
        return file(instance(series, number, side));
    }

    /**
     * Instance {@code number} of series {@code series} of study {@code study} (its own UIDs under {@link #UID_ROOT}),
     * of the patient with hospital id {@code patientId}, as a Part 10 file.
     */
    public static byte[] file(long study, int series, int number, int side, String patientId) {
        var list = instance(series, number, side);
        String root = UID_ROOT + "." + study;
        try {
            put(list, TagFromName.StudyInstanceUID, root + ".1");
            put(list, TagFromName.SeriesInstanceUID, root + ".2." + series);
            put(list, TagFromName.SOPInstanceUID, root + ".3." + series + "." + number);
            put(list, TagFromName.PatientID, patientId);
        } catch (DicomException e) {
            throw new IllegalStateException(e);
        }
        return file(list);
    }

    /** The data set as a Part 10 file in explicit VR little endian, sent by {@code HOSPITALPACS}. */
    static byte[] file(AttributeList list) {
        try {
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "HOSPITALPACS");
            var out = new ByteArrayOutputStream();
            list.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DicomException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AttributeList contentItem() throws DicomException {
        var person = item(TagFromName.PersonName, "NESTED^NORA", TagFromName.ObservationDateTime, STUDY_DATE + "101500");
        var outer = item(TagFromName.ValueType, "CONTAINER");
        outer.put(sequence(TagFromName.ContentSequence, person));
        return outer;
    }

    private static void putPrivate(AttributeList list) throws DicomException {
        putLongString(list, new AttributeTag(0x0009, 0x0010), "ACME HOSPITAL PRIVATE");
        putLongString(list, new AttributeTag(0x0009, 0x1001), "PRIVATE-SECRET-42");
        putLongString(list, new AttributeTag(0x0009, 0x1002), "ZWANENBURG");
        var privateItem = new AttributeList();
        putLongString(privateItem, new AttributeTag(0x0011, 0x0010), "ACME HOSPITAL PRIVATE");
        putLongString(privateItem, new AttributeTag(0x0011, 0x1001), "PRIVATE-SECRET-42");
        ((SequenceAttribute) list.get(TagFromName.RequestAttributesSequence)).getItem(0).getAttributeList()
                .put(sequence(new AttributeTag(0x0011, 0x1002), privateItem));
    }

    private static void putImage(AttributeList list, int side, int seed) throws DicomException {
        put(list, TagFromName.SamplesPerPixel, "1");
        put(list, TagFromName.PhotometricInterpretation, "MONOCHROME2");
        put(list, TagFromName.Rows, Integer.toString(side));
        put(list, TagFromName.Columns, Integer.toString(side));
        put(list, TagFromName.BitsAllocated, "16");
        put(list, TagFromName.BitsStored, "12");
        put(list, TagFromName.HighBit, "11");
        put(list, TagFromName.PixelRepresentation, "0");
        put(list, TagFromName.RescaleIntercept, "-1024");
        put(list, TagFromName.RescaleSlope, "1");
        put(list, TagFromName.ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
        put(list, TagFromName.ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        put(list, TagFromName.ImagePositionPatient, "0\\0\\" + seed % 1000);
        put(list, TagFromName.PixelSpacing, "0.5\\0.5");
        put(list, TagFromName.SliceThickness, "1");
        put(list, KVP, "120");
        put(list, TagFromName.AcquisitionNumber, "1");
        put(list, TagFromName.BurnedInAnnotation, "NO");
        short[] pixels = new short[side * side];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (short) ((i * 7 + seed) % 4096);
        }
        var pixelData = new OtherWordAttribute(TagFromName.PixelData);
        pixelData.setValues(pixels);
        list.put(pixelData);
    }

    private static void putLongString(AttributeList list, AttributeTag tag, String value) throws DicomException {
        Attribute a = new LongStringAttribute(tag);
        a.addValue(value);
        list.put(a);
    }

    static AttributeList item(Object... tagsAndValues) throws DicomException {
        var item = new AttributeList();
        for (int i = 0; i < tagsAndValues.length; i += 2) {
            put(item, (AttributeTag) tagsAndValues[i], (String) tagsAndValues[i + 1]);
        }
        return item;
    }

    static SequenceAttribute sequence(AttributeTag tag, AttributeList... items) {
        var sequence = new SequenceAttribute(tag);
        for (AttributeList item : items) {
            sequence.addItem(item);
        }
        return sequence;
    }

    static void put(AttributeList list, AttributeTag tag, String value) throws DicomException {
        Attribute a = list.putNewAttribute(tag);
        a.addValue(value);
    }

    /**
     * Every planted value found in the text, compared without regard to ASCII case (the planted values are ASCII). Only
     * ASCII letters are folded, in one pass: {@code String.toUpperCase} of a large binary file read as text (a database
     * file) grows its result once per 'ß' and took longer than the whole build.
     */
    public static List<String> plantedIn(String text) {
        var found = new ArrayList<String>();
        String upper = asciiUpperCase(text);
        for (String p : PLANTED) {
            if (upper.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private static String asciiUpperCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
