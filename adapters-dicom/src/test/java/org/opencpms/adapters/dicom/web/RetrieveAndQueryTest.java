package org.opencpms.adapters.dicom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.adapters.dicom.web.StowTest.MULTIPART;
import static org.opencpms.adapters.dicom.web.StowTest.multipart;
import static org.opencpms.adapters.dicom.web.StowTest.stow;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.json.Json;
import javax.json.JsonArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencpms.adapters.dicom.ImagingWorld;
import org.opencpms.adapters.dicom.SyntheticCt;
import org.opencpms.application.imaging.ArchivedStudy;
import org.opencpms.application.imaging.ReadImagingStudy;
import org.opencpms.application.imaging.SearchImagingStudies;
import org.opencpms.domain.imaging.StudyInstanceUid;

/** QIDO-RS and WADO-RS over a study sent by STOW-RS: what a viewer gets, and that nothing identifying is in it. */
class RetrieveAndQueryTest {

    private static final String BASE = "https://cpms.example/dicomweb/";

    @TempDir
    Path storage;
    private ImagingWorld world;
    /** Every answer given, as text, for the leak check. */
    private final StringBuilder answered = new StringBuilder();

    @BeforeEach
    void aStudyOfTwoSeries() throws Exception {
        world = new ImagingWorld(storage);
        answered.append(stow(world, MULTIPART, multipart(SyntheticCt.file(1, 1, 16), SyntheticCt.file(1, 2, 16),
                SyntheticCt.file(2, 1, 16))).getEntity());
    }

    private ArchivedStudy study() {
        return world.read().handle(new ReadImagingStudy.Query(world.hp, new StudyInstanceUid(world.study())));
    }

    private JsonArray json(Response response) {
        assertThat(response.getStatus()).isEqualTo(200);
        String text = (String) response.getEntity();
        answered.append(text);
        return Json.createReader(new StringReader(text)).readArray();
    }

    private byte[] body(Response response) throws Exception {
        var out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        answered.append(new String(out.toByteArray(), StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static String first(JsonArray results, String tag) {
        return results.getJsonObject(0).getJsonObject(tag).getJsonArray("Value").getString(0);
    }

    @Test
    void qido_finds_the_study_by_pseudonym_modality_and_shifted_date_range_and_pages_warning_of_more_results() {
        var qido = new Qido(BASE);
        var found = world.search().handle(new SearchImagingStudies.Query(world.hp));
        String pseudonym = world.stored().pseudonym().id().toString();

        var studies = json(Response.ok(DicomJson.array(qido.studies(found, new QueryKeys(Map.of("PatientID", List.of(pseudonym),
                "ModalitiesInStudy", List.of("MR,CT"), "StudyDate", List.of("19000101-")))).page()), DicomJson.MEDIA_TYPE).build());

        assertThat(studies).hasSize(1);
        assertThat(first(studies, "0020000D")).isEqualTo(world.study());
        assertThat(first(studies, "00081190")).isEqualTo(BASE + "studies/" + world.study());
        assertThat(studies.getJsonObject(0).getJsonObject("00201208").getJsonArray("Value").getInt(0)).isEqualTo(3);
        assertThat(qido.studies(found, new QueryKeys(Map.of("PatientID", List.of("someone-else")))).page()).isEmpty();
        assertThat(qido.studies(found, new QueryKeys(Map.of("StudyDate", List.of(SyntheticCt.STUDY_DATE)))).page()).isEmpty();
        assertThat(qido.series(study(), new QueryKeys(Map.of("limit", List.of("1"), "offset", List.of("1"))))).extracting(
                m -> m.page().size(), Matches::more).containsExactly(1, false);
        var firstPage = qido.series(study(), new QueryKeys(Map.of("limit", List.of("1")))).response();
        assertThat(firstPage.getHeaderString("Warning")).isEqualTo(Matches.MORE).startsWith("299 ");
        assertThat(qido.series(study(), new QueryKeys(Map.of())).response().getHeaderString("Warning")).isNull();
        assertThat(qido.instances(study(), null, new QueryKeys(Map.of("00200011", List.of("2")))).page()).hasSize(1);
    }

    @Test
    void wado_hands_out_the_deidentified_files_their_metadata_frames_and_renderings() throws Exception {
        var resource = new StudyResource(caller -> study(), new Qido(BASE));
        String series = world.deidentifier.pseudonymousUid(SyntheticCt.UID_ROOT + ".2.1");
        String instance = world.deidentifier.pseudonymousUid(SyntheticCt.UID_ROOT + ".3.1.2");

        assertThat(parts(resource.retrieve(null))).hasSize(3).allSatisfy(file -> {
            var list = new AttributeList();
            list.read(new DicomInputStream(new ByteArrayInputStream(file)));
            assertThat(list.get(TagFromName.StudyInstanceUID).getSingleStringValueOrEmptyString()).isEqualTo(world.study());
            assertThat(list.get(TagFromName.PatientIdentityRemoved).getSingleStringValueOrEmptyString()).isEqualTo("YES");
        });
        var metadata = json(resource.metadata(null));
        assertThat(metadata).hasSize(3);
        assertThat(metadata.getJsonObject(0).containsKey("7FE00010")).isFalse();
        var ofSeries = (StudyResource) resource.series(series);
        assertThat(parts(ofSeries.retrieve(null))).hasSize(2);
        var one = (InstanceResource) ofSeries.instance(instance);
        assertThat(parts(one.retrieve(null))).hasSize(1);
        assertThat(json(one.metadata(null))).hasSize(1);
        var frames = one.frames("1", null);
        assertThat(frames.getHeaderString("Content-Type")).startsWith("multipart/related; type=\"application/octet-stream\"");
        assertThat(Multipart.parts(frames.getHeaderString("Content-Type"), body(frames))).singleElement()
                .satisfies(frame -> assertThat(frame.bytes()).hasSize(16 * 16 * 2));
        assertThat(one.frames("2", null).getStatus()).isEqualTo(404);
        byte[] jpeg = (byte[]) one.rendered("image/jpeg", null).getEntity();
        assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
        assertThat(new String((byte[]) one.rendered("image/png", null).getEntity(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(ofSeries.series("2.25.1")).isInstanceOf(Missing.class);
        assertThat(((InstanceResource) ofSeries.instance("2.25.1")).retrieve(null).getStatus()).isEqualTo(404);
        assertThat(((StudyResource) resource.series("2.25.1")).retrieve(null).getStatus()).isEqualTo(404);
    }

    @Test
    void no_planted_identifier_appears_in_any_answer() throws Exception {
        wado_hands_out_the_deidentified_files_their_metadata_frames_and_renderings();
        qido_finds_the_study_by_pseudonym_modality_and_shifted_date_range_and_pages_warning_of_more_results();
        var study = study();
        json(new Qido(BASE).instances(study, null, new QueryKeys(Map.of("includefield", List.of("all")))).response());

        assertThat(answered.length()).isGreaterThan(10_000);
        assertThat(SyntheticCt.plantedIn(answered.toString())).isEmpty();
    }

    /** The parts of a multipart/related answer. */
    private List<byte[]> parts(Response response) throws Exception {
        String contentType = response.getHeaderString("Content-Type");
        assertThat(contentType).startsWith("multipart/related; type=\"application/dicom\"");
        var parts = new ArrayList<byte[]>();
        Multipart.parts(contentType, body(response)).forEach(p -> parts.add(p.bytes()));
        return parts;
    }
}
