package org.opencpms.adapters.dicom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.json.Json;
import javax.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencpms.adapters.dicom.ImagingWorld;
import org.opencpms.adapters.dicom.SyntheticCt;
import org.opencpms.application.imaging.StoreImagingInstance;

class StowTest {

    static final String BOUNDARY = "a-boundary-7";
    static final String MULTIPART = "multipart/related; type=\"application/dicom\"; boundary=" + BOUNDARY;

    @TempDir
    Path storage;

    static byte[] multipart(byte[]... files) throws IOException {
        var body = new ByteArrayOutputStream();
        for (byte[] file : files) {
            body.write(("--" + BOUNDARY + "\r\nContent-Type: application/dicom\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(file);
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    static Response stow(ImagingWorld world, String contentType, byte[] body) {
        var store = world.store();
        return new Stow(world.reception, "https://cpms.example/dicomweb/").store(contentType, body,
                instance -> store.handle(new StoreImagingInstance.Command(world.hp, instance)));
    }

    static JsonObject json(Response response) {
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }

    private long keptFiles() throws IOException {
        try (var walk = Files.walk(storage)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void stored_instances_are_answered_with_their_pseudonymous_uids_and_nothing_identifying() throws IOException {
        var world = new ImagingWorld(storage);

        var response = stow(world, MULTIPART, multipart(SyntheticCt.file(1, 1, 16), SyntheticCt.file(1, 2, 16)));

        assertThat(response.getStatus()).isEqualTo(200);
        var answer = json(response);
        var referenced = answer.getJsonObject("00081199").getJsonArray("Value");
        assertThat(referenced).hasSize(2);
        assertThat(referenced.getJsonObject(0).getJsonObject("00081155").getJsonArray("Value").getString(0))
                .isEqualTo(world.deidentifier.pseudonymousUid(SyntheticCt.UID_ROOT + ".3.1.1"));
        assertThat(answer.getJsonObject("00081190").getJsonArray("Value").getString(0))
                .isEqualTo("https://cpms.example/dicomweb/studies/" + world.study());
        assertThat(SyntheticCt.plantedIn(answer.toString())).isEmpty();
        assertThat(world.indexed()).hasSize(2);
    }

    @Test
    void bad_files_fail_one_by_one_with_their_reason_and_nothing_of_them_is_kept() throws Exception {
        var world = new ImagingWorld(storage);
        byte[] good = SyntheticCt.file(1, 1, 16);
        var noSopInstance = SyntheticCt.instance(1, 2, 16);
        com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(noSopInstance, TransferSyntax.ExplicitVRLittleEndian, "PACS");
        noSopInstance.remove(TagFromName.SOPInstanceUID);
        noSopInstance.remove(TagFromName.MediaStorageSOPInstanceUID);
        var noStudy = SyntheticCt.instance(1, 3, 16);
        noStudy.remove(TagFromName.StudyInstanceUID);

        var response = stow(world, MULTIPART, multipart("not DICOM at all".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(good, good.length - 100), file(noSopInstance, TransferSyntax.ExplicitVRLittleEndian),
                file(noStudy, TransferSyntax.ExplicitVRLittleEndian), withGroupLength(good, 0x7ffffff0),
                withTransferSyntax(good, "1.2.3.4.5.6")));

        assertThat(response.getStatus()).isEqualTo(409);
        var failed = json(response).getJsonObject("00081198").getJsonArray("Value");
        assertThat(failed).hasSize(6).allSatisfy(item -> assertThat(item.asJsonObject().getJsonObject("00081197")
                .getJsonArray("Value").getInt(0)).isIn(0xC000, 0xA900));
        assertThat(SyntheticCt.plantedIn(json(response).toString())).isEmpty();
        assertThat(world.indexed()).isEmpty();
        assertThat(keptFiles()).isZero();
    }

    @Test
    void a_body_that_is_not_a_multipart_of_dicom_files_is_refused_whole_and_nothing_is_kept() throws IOException {
        var world = new ImagingWorld(storage);
        byte[] complete = multipart(SyntheticCt.file(1, 1, 16), SyntheticCt.file(1, 2, 16));
        byte[] cutShort = Arrays.copyOf(complete, complete.length - 30);

        assertThat(stow(world, "application/dicom", SyntheticCt.file(1, 1, 16)).getStatus()).isEqualTo(415);
        assertThat(stow(world, "multipart/related; type=\"application/dicom+json\"; boundary=" + BOUNDARY, complete)
                .getStatus()).isEqualTo(415);
        assertThat(stow(world, "multipart/related; type=\"application/dicom\"", complete).getStatus()).isEqualTo(400);
        var truncated = stow(world, MULTIPART, cutShort);
        assertThat(truncated.getStatus()).isEqualTo(400);
        assertThat((String) truncated.getEntity()).contains("dicomweb.malformed-multipart");
        assertThat(world.indexed()).isEmpty();
        assertThat(keptFiles()).isZero();
    }

    @Test
    void an_instance_of_a_patient_the_centre_did_not_enrol_is_refused_as_not_authorised() throws Exception {
        var world = new ImagingWorld(storage);
        var stranger = SyntheticCt.instance(1, 1, 16);
        stranger.get(TagFromName.PatientID).setValue("HOSP-000001");

        var response = stow(world, MULTIPART, multipart(file(stranger, TransferSyntax.ExplicitVRLittleEndian)));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(json(response).getJsonObject("00081198").getJsonArray("Value").getJsonObject(0)
                .getJsonObject("00081197").getJsonArray("Value").getInt(0)).isEqualTo(0x0124);
    }

    static byte[] file(com.pixelmed.dicom.AttributeList list, String transferSyntax) throws Exception {
        if (list.get(TagFromName.TransferSyntaxUID) == null) {
            com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(list, transferSyntax, "HOSPITALPACS");
        }
        var out = new ByteArrayOutputStream();
        list.write(out, transferSyntax, true, true);
        return out.toByteArray();
    }

    /** The file with its File Meta Information Group Length replaced. */
    private static byte[] withGroupLength(byte[] file, int length) {
        byte[] changed = file.clone();
        ByteBuffer.wrap(changed, 140, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(length);
        return changed;
    }

    /** The file with the UID of its transfer syntax replaced by one of the same length. */
    private static byte[] withTransferSyntax(byte[] file, String uid) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        String padded = (uid + "\0".repeat(TransferSyntax.ExplicitVRLittleEndian.length() + 1)).substring(0,
                TransferSyntax.ExplicitVRLittleEndian.length() + 1);
        return text.replaceFirst(java.util.regex.Pattern.quote(TransferSyntax.ExplicitVRLittleEndian + "\0"), padded)
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
