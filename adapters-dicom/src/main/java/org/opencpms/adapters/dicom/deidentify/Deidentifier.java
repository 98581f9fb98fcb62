package org.opencpms.adapters.dicom.deidentify;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.util.Optional;
import org.opencpms.domain.patient.Pseudonym;

/**
 * De-identification of one instance by the Basic Application Level Confidentiality Profile (DICOM PS3.15 Annex
 * E.1), with the Retain Safe Private Option and, when dates are shifted, the Retain Longitudinal Temporal
 * Information with Modified Dates Option.
 *
 * <p>PixelMed's {@link ClinicalTrialsAttributes} removes or empties the attributes the profile lists, in sequences
 * too; {@link AttributeScrubber} then removes unsafe private attributes, empties every person name, remaps every
 * instance UID to its keyed {@code 2.25.} pseudonym and removes or shifts every date, at any depth. Patient Name and
 * Patient ID become the patient's nickname and pseudonym id; Patient Identity Removed is YES and the De-identification
 * Method Code Sequence names the profile and its options. Dates are removed ({@link Dates#REMOVE}) or moved back by
 * the patient's own offset ({@link Dates#SHIFT}).
 */
public final class Deidentifier {

    /** What becomes of dates. */
    public enum Dates { REMOVE, SHIFT }

    static final String METHOD = "OpenCPMS: PS3.15 E.1 Basic Profile, Retain Safe Private";

    private final Hmac hmac;
    private final UidPseudonyms uids;
    private final Dates dates;

    /** @param key the de-identification key (at least 16 bytes): the same on every node, kept secret */
    public Deidentifier(byte[] key, Dates dates) {
        this.hmac = new Hmac(key);
        this.uids = new UidPseudonyms(hmac);
        this.dates = dates;
    }

    /** The pseudonymous UID that this de-identification gives to an original UID. */
    public String pseudonymousUid(String originalUid) {
        return uids.of(originalUid);
    }

    /** De-identifies the data set in place (its file meta information, if any, is dropped). */
    public void deidentify(AttributeList list, Pseudonym pseudonym) throws DicomException {
        list.removeMetaInformationHeaderAttributes();
        list.removeGroupLengthAttributes();
        ClinicalTrialsAttributes.removeOrNullIdentifyingAttributes(list, ClinicalTrialsAttributes.HandleUIDs.keep,
                false, false, false, false, false, false, ClinicalTrialsAttributes.HandleDates.keep, null, null);
        Optional<DateShift> shift = dates == Dates.SHIFT ? Optional.of(new DateShift(hmac, pseudonym.id())) : Optional.empty();
        new AttributeScrubber(uids, shift).scrub(list);
        set(list, TagFromName.PatientName, pseudonym.nickname().value());
        set(list, TagFromName.PatientID, pseudonym.id().toString());
        set(list, TagFromName.PatientIdentityRemoved, "YES");
        set(list, TagFromName.DeidentificationMethod, METHOD);
        set(list, TagFromName.LongitudinalTemporalInformationModified, dates == Dates.SHIFT ? "MODIFIED" : "REMOVED");
        list.put(methodCodes());
    }

    private SequenceAttribute methodCodes() throws DicomException {
        var codes = new SequenceAttribute(TagFromName.DeidentificationMethodCodeSequence);
        codes.addItem(new CodedSequenceItem("113100", "DCM", "Basic Application Confidentiality Profile").getAttributeList());
        codes.addItem(new CodedSequenceItem("113111", "DCM", "Retain Safe Private Option").getAttributeList());
        if (dates == Dates.SHIFT) {
            codes.addItem(new CodedSequenceItem("113107", "DCM", "Retain Longitudinal Temporal Information Modified Dates Option")
                    .getAttributeList());
        }
        return codes;
    }

    private static void set(AttributeList list, AttributeTag tag, String value) throws DicomException {
        Attribute a = list.putNewAttribute(tag);
        a.addValue(value);
    }
}
