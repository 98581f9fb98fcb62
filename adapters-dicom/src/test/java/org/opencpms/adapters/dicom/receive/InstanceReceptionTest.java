package org.opencpms.adapters.dicom.receive;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencpms.adapters.dicom.ImagingWorld;
import org.opencpms.adapters.dicom.SyntheticCt;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.ProviderId;

class InstanceReceptionTest {

    private static final String EXPLICIT = TransferSyntax.ExplicitVRLittleEndian;

    @TempDir
    Path storage;

    private static byte[] dataSet(AttributeList list) throws Exception {
        var out = new ByteArrayOutputStream();
        list.write(out, EXPLICIT, false, true);
        return out.toByteArray();
    }

    private static String sop(int series, int number) {
        return SyntheticCt.UID_ROOT + ".3." + series + "." + number;
    }

    private InstanceReception.Outcome receive(ImagingWorld world, byte[] dataSet, String ts, String sopInstance) {
        return world.reception.receive(world.from(world.centre), dataSet, ts, SyntheticCt.CT_IMAGE, sopInstance);
    }

    private long keptFiles() throws IOException {
        try (var walk = Files.walk(storage)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void a_valid_instance_is_kept_deidentified_and_indexed_on_the_patient() throws Exception {
        var world = new ImagingWorld(storage);

        var outcome = receive(world, dataSet(SyntheticCt.instance(1, 1, 16)), EXPLICIT, sop(1, 1));

        assertThat(outcome.status()).isEqualTo(StoreStatus.SUCCESS);
        var indexed = world.indexed();
        assertThat(indexed).singleElement().satisfies(i -> {
            assertThat(i.patient()).isEqualTo(world.patient);
            assertThat(i.shelf()).isEqualTo(Shelf.ARCHIVE);
        });
        byte[] kept = Files.readAllBytes(world.files.pathOf(indexed.get(0).file().address(), Shelf.ARCHIVE));
        assertThat(SyntheticCt.plantedIn(new String(kept, StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(world.archive.ofPatient(world.patient)).singleElement()
                .satisfies(s -> assertThat(s.uid().value()).isEqualTo(world.study()));
    }

    @Test
    void an_ultrasound_that_does_not_say_it_has_no_burned_in_text_is_kept_in_quarantine_out_of_the_panels_sight() throws Exception {
        var world = new ImagingWorld(storage);
        var us = SyntheticCt.instance(1, 1, 8);
        us.remove(TagFromName.BurnedInAnnotation);
        us.get(TagFromName.Modality).setValue("US");

        assertThat(receive(world, dataSet(us), EXPLICIT, sop(1, 1)).status()).isEqualTo(StoreStatus.SUCCESS);

        assertThat(world.indexed()).singleElement().satisfies(i -> assertThat(i.shelf()).isEqualTo(Shelf.QUARANTINE));
        assertThat(world.archive.ofPatient(world.patient)).isEmpty();
        assertThat(storage.resolve("archive")).doesNotExist();
    }

    @Test
    void an_unknown_patient_a_patient_of_another_centre_or_one_without_consent_to_share_is_refused_and_nothing_is_kept() throws Exception {
        var world = new ImagingWorld(storage);
        var stranger = SyntheticCt.instance(1, 1, 8);
        stranger.get(TagFromName.PatientID).setValue("HOSP-000001");
        var withoutConsent = new ImagingWorld(storage.resolve("other"), ConsentKind.CARE);

        var unknown = receive(world, dataSet(stranger), EXPLICIT, sop(1, 1));
        var elsewhere = world.reception.receive(world.from(ProviderId.random()), dataSet(SyntheticCt.instance(1, 1, 8)), EXPLICIT,
                SyntheticCt.CT_IMAGE, sop(1, 1));
        var notShared = receive(withoutConsent, dataSet(SyntheticCt.instance(1, 1, 8)), EXPLICIT, sop(1, 1));

        assertThat(unknown).extracting(InstanceReception.Outcome::status, InstanceReception.Outcome::comment)
                .containsExactly(StoreStatus.REFUSED_NOT_AUTHORIZED, "imaging.unknown-patient");
        assertThat(elsewhere.status()).isEqualTo(StoreStatus.REFUSED_NOT_AUTHORIZED);
        assertThat(notShared).extracting(InstanceReception.Outcome::status, InstanceReception.Outcome::comment)
                .containsExactly(StoreStatus.REFUSED_NOT_AUTHORIZED, "imaging.no-consent");
        assertThat(world.indexed()).isEmpty();
        assertThat(withoutConsent.indexed()).isEmpty();
        assertThat(keptFiles()).isZero();
    }

    @Test
    void bytes_that_are_not_dicom_a_truncated_data_set_or_an_unknown_transfer_syntax_cannot_be_understood_and_nothing_is_kept() throws Exception {
        var world = new ImagingWorld(storage);
        byte[] valid = dataSet(SyntheticCt.instance(1, 1, 16));

        var notDicom = receive(world, "%PDF-1.7 certainly not DICOM".getBytes(StandardCharsets.US_ASCII), EXPLICIT, sop(1, 1));
        var truncatedInPixels = receive(world, Arrays.copyOf(valid, valid.length - 100), EXPLICIT, sop(1, 1));
        var truncatedInHeader = receive(world, Arrays.copyOf(valid, valid.length / 3), EXPLICIT, sop(1, 1));
        var unknownSyntax = receive(world, valid, "1.2.3.4.5.6", sop(1, 1));

        assertThat(notDicom.status()).isEqualTo(StoreStatus.CANNOT_UNDERSTAND);
        assertThat(truncatedInPixels.status()).isEqualTo(StoreStatus.CANNOT_UNDERSTAND);
        assertThat(truncatedInHeader.status()).isIn(StoreStatus.CANNOT_UNDERSTAND, StoreStatus.DATA_SET_DOES_NOT_MATCH_SOP_CLASS);
        assertThat(unknownSyntax.status()).isEqualTo(StoreStatus.CANNOT_UNDERSTAND);
        assertThat(world.indexed()).isEmpty();
        assertThat(keptFiles()).isZero();
    }

    @Test
    void an_element_claiming_a_length_of_2_gb_cannot_be_understood_and_nothing_is_kept() throws Exception {
        var world = new ImagingWorld(storage);
        byte[] valid = dataSet(SyntheticCt.instance(1, 1, 8));
        var absurd = ByteBuffer.allocate(valid.length + 12).order(ByteOrder.LITTLE_ENDIAN).put(valid)
                .putShort((short) 0x7FE1).putShort((short) 0x0010).put("OB".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 0).putInt(0x7FFFFFF0).array();

        assertThat(receive(world, absurd, EXPLICIT, sop(1, 1)).status()).isEqualTo(StoreStatus.CANNOT_UNDERSTAND);
        assertThat(keptFiles()).isZero();
    }

    @Test
    void an_instance_without_sop_instance_or_study_uid_or_other_than_requested_does_not_match_and_nothing_is_kept() throws Exception {
        var world = new ImagingWorld(storage);
        var noInstanceUid = SyntheticCt.instance(1, 1, 8);
        noInstanceUid.remove(TagFromName.SOPInstanceUID);
        var noStudyUid = SyntheticCt.instance(1, 2, 8);
        noStudyUid.remove(TagFromName.StudyInstanceUID);
        var badUid = SyntheticCt.instance(1, 3, 8);
        badUid.get(TagFromName.SOPInstanceUID).setValue("1.02.x");

        var statuses = java.util.List.of(receive(world, dataSet(noInstanceUid), EXPLICIT, sop(1, 1)),
                receive(world, dataSet(noStudyUid), EXPLICIT, sop(1, 2)),
                receive(world, dataSet(badUid), EXPLICIT, "1.02.x"),
                receive(world, dataSet(SyntheticCt.instance(1, 4, 8)), EXPLICIT, sop(1, 5)));

        assertThat(statuses).extracting(InstanceReception.Outcome::status).containsOnly(StoreStatus.DATA_SET_DOES_NOT_MATCH_SOP_CLASS);
        assertThat(statuses.get(0).comment()).isEqualTo("SOP Instance UID is missing");
        assertThat(statuses.get(1).comment()).isEqualTo("Study Instance UID is missing");
        assertThat(keptFiles()).isZero();
    }

    @Test
    void an_instance_whose_study_changed_meanwhile_is_tried_again_and_kept() throws Exception {
        var world = new ImagingWorld(storage);
        var conflicts = new java.util.concurrent.atomic.AtomicInteger(2);
        var keep = world.from(world.centre);

        var outcome = world.reception.receive(instance -> {
            if (conflicts.getAndDecrement() > 0) {
                throw new ConcurrentUpdate("study", "racing");
            }
            return keep.apply(instance);
        }, dataSet(SyntheticCt.instance(1, 1, 16)), EXPLICIT, SyntheticCt.CT_IMAGE, sop(1, 1));

        assertThat(outcome.status()).isEqualTo(StoreStatus.SUCCESS);
        assertThat(world.indexed()).hasSize(1);
    }

    @Test
    void an_instance_whose_study_keeps_changing_is_refused_as_a_processing_failure_naming_the_conflict()
            throws Exception {
        var world = new ImagingWorld(storage);
        var attempts = new java.util.concurrent.atomic.AtomicInteger();

        var outcome = world.reception.receive(instance -> {
            attempts.incrementAndGet();
            throw new ConcurrentUpdate("study", "racing");
        }, dataSet(SyntheticCt.instance(1, 1, 16)), EXPLICIT, SyntheticCt.CT_IMAGE, sop(1, 1));

        assertThat(outcome.status()).isEqualTo(StoreStatus.PROCESSING_FAILURE);
        assertThat(outcome.comment()).isEqualTo("study.concurrent-update");
        assertThat(attempts).hasValue(InstanceReception.ATTEMPTS);
        assertThat(world.indexed()).isEmpty();
    }
}
