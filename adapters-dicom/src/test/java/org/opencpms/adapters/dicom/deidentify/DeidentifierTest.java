package org.opencpms.adapters.dicom.deidentify;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.dicom.SyntheticCt;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.PseudonymId;

class DeidentifierTest {

    static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    static final Pseudonym PSEUDONYM = new Pseudonym(new Nickname("brave-okapi-0427"),
            new PseudonymId(UUID.fromString("5f0c8d1e-1111-4222-8333-944455556666")));

    private static AttributeList deidentified(Deidentifier deidentifier, int series, int number) throws Exception {
        var list = SyntheticCt.instance(series, number, 8);
        deidentifier.deidentify(list, PSEUDONYM);
        return list;
    }

    private static String bytesOf(AttributeList list) throws Exception {
        var out = new ByteArrayOutputStream();
        list.write(out, TransferSyntax.ExplicitVRLittleEndian, false, true);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static String value(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag);
    }

    @Test
    void no_planted_identifier_survives_anywhere_in_the_data_set_nor_in_its_bytes() throws Exception {
        for (var dates : Deidentifier.Dates.values()) {
            var list = deidentified(new Deidentifier(KEY, dates), 1, 1);

            assertThat(SyntheticCt.plantedIn(list.toString())).as("every attribute dumped, dates " + dates).isEmpty();
            assertThat(SyntheticCt.plantedIn(bytesOf(list))).as("the encoded bytes, dates " + dates).isEmpty();
        }
    }

    @Test
    void the_patient_is_named_by_their_pseudonym_and_the_profile_is_recorded() throws Exception {
        var list = deidentified(new Deidentifier(KEY, Deidentifier.Dates.SHIFT), 1, 1);

        assertThat(value(list, TagFromName.PatientName)).isEqualTo("brave-okapi-0427");
        assertThat(value(list, TagFromName.PatientID)).isEqualTo("5f0c8d1e-1111-4222-8333-944455556666");
        assertThat(value(list, TagFromName.PatientIdentityRemoved)).isEqualTo("YES");
        assertThat(value(list, TagFromName.LongitudinalTemporalInformationModified)).isEqualTo("MODIFIED");
        var codes = (SequenceAttribute) list.get(TagFromName.DeidentificationMethodCodeSequence);
        assertThat(codes.getNumberOfItems()).isEqualTo(3);
        assertThat(value(codes.getItem(0).getAttributeList(), TagFromName.CodeValue)).isEqualTo("113100");
        assertThat(value(list, TagFromName.Modality)).isEqualTo("CT");
        assertThat(value(list, TagFromName.SOPClassUID)).isEqualTo(SyntheticCt.CT_IMAGE);
        assertThat(list.get(TagFromName.PixelData)).isNotNull();
    }

    @Test
    void private_attributes_are_removed_also_inside_sequences() throws Exception {
        var list = deidentified(new Deidentifier(KEY, Deidentifier.Dates.REMOVE), 1, 1);

        assertThat(list.get(new AttributeTag(0x0009, 0x1001))).isNull();
        assertThat(list.get(new AttributeTag(0x0009, 0x0010))).isNull();
        assertThat(list.toString()).doesNotContain("ACME");
    }

    @Test
    void uids_are_remapped_to_2_25_uids_the_same_for_the_same_original_under_the_same_key() throws Exception {
        var one = deidentified(new Deidentifier(KEY, Deidentifier.Dates.SHIFT), 1, 1);
        var other = deidentified(new Deidentifier(KEY.clone(), Deidentifier.Dates.SHIFT), 1, 2);
        var otherKey = deidentified(new Deidentifier("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII),
                Deidentifier.Dates.SHIFT), 1, 1);

        String study = value(one, TagFromName.StudyInstanceUID);
        assertThat(study).matches("2\\.25\\.[1-9][0-9]*").hasSizeLessThanOrEqualTo(64);
        assertThat(value(other, TagFromName.StudyInstanceUID)).isEqualTo(study);
        assertThat(value(other, TagFromName.SeriesInstanceUID)).isEqualTo(value(one, TagFromName.SeriesInstanceUID));
        assertThat(value(other, TagFromName.SOPInstanceUID)).isNotEqualTo(value(one, TagFromName.SOPInstanceUID));
        assertThat(value(otherKey, TagFromName.StudyInstanceUID)).isNotEqualTo(study);
        assertThat(new Deidentifier(KEY, Deidentifier.Dates.SHIFT).pseudonymousUid(SyntheticCt.UID_ROOT + ".1")).isEqualTo(study);
    }

    @Test
    void shifted_dates_move_back_by_the_same_per_patient_offset_so_intervals_are_kept() throws Exception {
        var list = deidentified(new Deidentifier(KEY, Deidentifier.Dates.SHIFT), 1, 1);
        var again = deidentified(new Deidentifier(KEY, Deidentifier.Dates.SHIFT), 2, 1);

        var original = LocalDate.parse(SyntheticCt.STUDY_DATE, DateTimeFormatter.BASIC_ISO_DATE);
        var shifted = LocalDate.parse(value(list, TagFromName.StudyDate), DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(ChronoUnit.DAYS.between(shifted, original)).isBetween(1L, (long) DateShift.MAX_DAYS);
        assertThat(value(list, TagFromName.SeriesDate)).isEqualTo(value(list, TagFromName.StudyDate));
        assertThat(value(again, TagFromName.StudyDate)).isEqualTo(value(list, TagFromName.StudyDate));
        assertThat(value(list, TagFromName.StudyTime)).isEqualTo("101500");
    }

    @Test
    void removed_dates_and_times_are_empty() throws Exception {
        var list = deidentified(new Deidentifier(KEY, Deidentifier.Dates.REMOVE), 1, 1);

        assertThat(value(list, TagFromName.StudyDate)).isEmpty();
        assertThat(value(list, TagFromName.StudyTime)).isEmpty();
        assertThat(value(list, TagFromName.LongitudinalTemporalInformationModified)).isEqualTo("REMOVED");
    }
}
