package org.opencpms.adapters.dicom.deidentify;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sweep after PixelMed's removal of the profile's attributes, through every sequence item at any depth: unsafe
 * private attributes removed, every person name emptied, every UID that names an instance (not a SOP class,
 * transfer syntax or other standard UID) remapped, every date removed or shifted, and times removed with them.
 */
final class AttributeScrubber {

    /** UIDs of classes and conventions, never of a patient's instance: kept as they are. */
    private static final Set<AttributeTag> CLASS_UIDS = Set.of(TagFromName.SOPClassUID, TagFromName.ReferencedSOPClassUID,
            TagFromName.MediaStorageSOPClassUID, TagFromName.TransferSyntaxUID, TagFromName.ImplementationClassUID,
            TagFromName.RelatedGeneralSOPClassUID, TagFromName.OriginalSpecializedSOPClassUID, TagFromName.CodingSchemeUID,
            new AttributeTag(0x0008, 0x0117), TagFromName.SOPClassesInStudy, TagFromName.ReferencedSOPClassUIDInFile,
            TagFromName.ReferencedTransferSyntaxUIDInFile, TagFromName.PrivateInformationCreatorUID);
    private static final String DICOM_ROOT = "1.2.840.10008.";

    private final UidPseudonyms uids;
    private final Optional<DateShift> shift;

    /** @param shift the patient's date shift, or empty to remove dates and times */
    AttributeScrubber(UidPseudonyms uids, Optional<DateShift> shift) {
        this.uids = uids;
        this.shift = shift;
    }

    void scrub(AttributeList list) throws DicomException {
        list.removeUnsafePrivateAttributes();
        for (Attribute a : new ArrayList<>(list.values())) {
            byte[] vr = a.getVR();
            if (a instanceof SequenceAttribute sequence) {
                scrubItems(sequence);
            } else if (ValueRepresentation.isPersonNameVR(vr)) {
                a.removeValues();
            } else if (ValueRepresentation.isUniqueIdentifierVR(vr) && !CLASS_UIDS.contains(a.getTag())) {
                replace(a, v -> v.startsWith(DICOM_ROOT) ? v : uids.of(v));
            } else if (ValueRepresentation.isDateVR(vr)) {
                replace(a, v -> shift.flatMap(s -> s.date(v)).orElse(null));
            } else if (ValueRepresentation.isDateTimeVR(vr)) {
                replace(a, v -> shift.flatMap(s -> s.dateTime(v)).orElse(null));
            } else if (ValueRepresentation.isTimeVR(vr) && shift.isEmpty()) {
                a.removeValues();
            }
        }
    }

    private void scrubItems(SequenceAttribute sequence) throws DicomException {
        Iterator<SequenceItem> items = sequence.iterator();
        while (items != null && items.hasNext()) {
            AttributeList item = items.next().getAttributeList();
            if (item != null) {
                scrub(item);
            }
        }
    }

    /** Replaces each value; a value mapped to null is dropped. */
    private static void replace(Attribute a, java.util.function.Function<String, String> change) throws DicomException {
        String[] values = a.getStringValues();
        if (values == null) {
            return;
        }
        List<String> changed = new ArrayList<>();
        for (String v : values) {
            String c = v == null || v.isBlank() ? null : change.apply(v.strip());
            if (c != null) {
                changed.add(c);
            }
        }
        a.removeValues();
        for (String c : changed) {
            a.addValue(c);
        }
    }
}
