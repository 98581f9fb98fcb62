package org.opencpms.adapters.dicom.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SetOfDicomFiles;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.network.MultipleInstanceTransferStatusHandler;
import com.pixelmed.network.StorageSOPClassSCU;
import com.pixelmed.network.VerificationSOPClassSCU;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencpms.adapters.dicom.ImagingWorld;
import org.opencpms.adapters.dicom.SyntheticCt;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.Shelf;

/** Real associations: PixelMed's SCU in process and dcmtk's storescu/echoscu/dcmdump as the hospital PACS. */
class CStoreListenerTest {

    private static final String PACS = "HOSPITALPACS";

    @TempDir
    Path temp;

    private ImagingWorld world;
    private CStoreListener listener;

    @BeforeEach
    void start() {
        world = new ImagingWorld(temp.resolve("store"));
        listener = new CStoreListener(new ListenerSettings(ImagingWorld.OUR_AE, "127.0.0.1", 0, Map.of(PACS, world.centre),
                64L << 20, 4), world.reception, world.useCase::handle);
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("dicom-") && t.isAlive());
    }

    private List<String> series(int instances) throws IOException {
        var names = new ArrayList<String>();
        for (int i = 1; i <= instances; i++) {
            Path file = temp.resolve("ct-" + i + ".dcm");
            Files.write(file, SyntheticCt.file(1, i, 64));
            names.add(file.toString());
        }
        return names;
    }

    /** Sends with PixelMed's SCU; returns {completed, failed}. */
    private int[] sendWithPixelmed(String callingAe, List<String> files) throws Exception {
        int[] counts = new int[2];
        new StorageSOPClassSCU("127.0.0.1", listener.port(), ImagingWorld.OUR_AE, callingAe, new SetOfDicomFiles(new ArrayList<>(files)),
                0, new MultipleInstanceTransferStatusHandler() {
                    @Override
                    public void updateStatus(int remaining, int completed, int failed, int warning, String sopInstanceUid) {
                        counts[0] = completed;
                        counts[1] = failed;
                    }
                });
        return counts;
    }

    private static Process run(String... command) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TCP_NODELAY", "1");
        return builder.start();
    }

    private static String output(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private String kept(ImagingInstance instance) {
        return world.files.pathOf(instance.file().address(), instance.shelf()).toString();
    }

    @Test
    void a_series_sent_by_pixelmeds_scu_arrives_deidentified_on_the_patient_of_the_sending_centre() throws Exception {
        int[] counts = sendWithPixelmed(PACS, series(3));

        assertThat(counts).containsExactly(3, 0);
        assertThat(world.indexed()).hasSize(3).allSatisfy(i -> assertThat(i.patient()).isEqualTo(world.patient));
        assertThat(world.archive.ofPatient(world.patient)).singleElement().satisfies(s -> assertThat(s.instanceCount()).isEqualTo(3));
        for (ImagingInstance instance : world.indexed()) {
            var list = new AttributeList();
            list.read(new File(kept(instance)));
            assertThat(SyntheticCt.plantedIn(list.toString())).isEmpty();
            assertThat(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientName)).isEqualTo("brave-okapi-0427");
        }
    }

    @Test
    void a_study_sent_by_dcmtk_storescu_arrives_and_dcmdump_of_every_kept_file_shows_no_planted_identifier() throws Exception {
        var command = new ArrayList<>(List.of("storescu", "-v", "-aet", PACS, "-aec", ImagingWorld.OUR_AE, "127.0.0.1",
                Integer.toString(listener.port())));
        command.addAll(series(4));

        String out = output(run(command.toArray(String[]::new)));

        assertThat(out).doesNotContain("Error").contains("Received Store Response (Success)");
        assertThat(world.indexed()).hasSize(4);
        for (ImagingInstance instance : world.indexed()) {
            String dump = output(run("dcmdump", "+L", kept(instance)));
            assertThat(dump).contains("(0010,0010) PN [brave-okapi-0427]").contains("(0012,0062) CS [YES]");
            assertThat(SyntheticCt.plantedIn(dump)).as(dump).isEmpty();
        }
    }

    @Test
    void compressed_instances_jpeg_lossless_jpeg_ls_and_rle_are_accepted_and_kept_compressed() throws Exception {
        Path plain = Path.of(series(1).get(0));
        int number = 0;
        for (var codec : List.of(List.of("dcmcjpeg", "1.2.840.10008.1.2.4.70", "-xs"),
                List.of("dcmcjpls", "1.2.840.10008.1.2.4.80", "-xt"), List.of("dcmcrle", "1.2.840.10008.1.2.5", "-xr"))) {
            Path file = temp.resolve(codec.get(0) + ".dcm");
            assertThat(output(run(codec.get(0), plain.toString(), file.toString()))).isEmpty();
            var compressed = new AttributeList();
            compressed.setDecompressPixelData(false);
            compressed.read(file.toFile());
            compressed.get(TagFromName.SOPInstanceUID).setValue(SyntheticCt.UID_ROOT + ".3.9." + ++number);
            com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(compressed, codec.get(1), PACS);
            compressed.write(file.toFile(), codec.get(1), true, true);

            String out = output(run("storescu", "-v", codec.get(2), "-aet", PACS, "-aec", ImagingWorld.OUR_AE, "127.0.0.1",
                    Integer.toString(listener.port()), file.toString()));

            assertThat(out).contains("Received Store Response (Success)");
        }
        assertThat(world.indexed()).hasSize(3);
        var syntaxes = new ArrayList<String>();
        for (ImagingInstance instance : world.indexed()) {
            String dump = output(run("dcmdump", "+L", kept(instance)));
            assertThat(SyntheticCt.plantedIn(dump)).isEmpty();
            syntaxes.add(dump.lines().filter(l -> l.contains("(0002,0010)")).findFirst().orElse(""));
        }
        assertThat(String.join("\n", syntaxes)).contains("JPEGLossless").contains("JPEGLSLossless").contains("RLELossless");
    }

    @Test
    void dcmtk_sees_a_refusal_for_a_patient_unknown_at_the_centre_and_nothing_is_kept() throws Exception {
        var stranger = SyntheticCt.instance(1, 1, 16);
        stranger.get(TagFromName.PatientID).setValue("HOSP-000001");
        com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(stranger, "1.2.840.10008.1.2.1", PACS);
        Path file = temp.resolve("stranger.dcm");
        stranger.write(file.toFile(), "1.2.840.10008.1.2.1", true, true);

        String out = output(run("storescu", "-d", "-aet", PACS, "-aec", ImagingWorld.OUR_AE, "127.0.0.1",
                Integer.toString(listener.port()), file.toString()));

        assertThat(out).contains("DIMSE Status                  : 0x0124: Refused: Not authorized")
                .contains("(0000,0902) LO [imaging.unknown-patient]");
        assertThat(world.indexed()).isEmpty();
        assertThat(temp.resolve("store").resolve("archive")).doesNotExist();
    }

    @Test
    void c_echo_from_a_known_ae_title_succeeds_with_pixelmed_and_dcmtk() throws Exception {
        new VerificationSOPClassSCU("127.0.0.1", listener.port(), ImagingWorld.OUR_AE, PACS, false);

        var echo = run("echoscu", "-aet", PACS, "-aec", ImagingWorld.OUR_AE, "127.0.0.1", Integer.toString(listener.port()));
        String out = output(echo);
        assertThat(echo.exitValue()).as(out).isZero();
    }

    @Test
    void an_unknown_calling_ae_title_or_another_called_ae_title_is_rejected_at_association_and_nothing_is_kept() throws Exception {
        assertThat(sendWithPixelmed("STRANGER", series(1))).as("PixelMed's SCU logs the A-ASSOCIATE-RJ").containsExactly(0, 0);

        var wrongCalled = run("echoscu", "-aet", PACS, "-aec", "SOMEONEELSE", "127.0.0.1", Integer.toString(listener.port()));
        String out = output(wrongCalled);
        assertThat(wrongCalled.exitValue()).isNotZero();
        assertThat(out).containsIgnoringCase("Called AE Title Not Recognized");
        var wrongCalling = run("echoscu", "-aet", "STRANGER", "-aec", ImagingWorld.OUR_AE, "127.0.0.1", Integer.toString(listener.port()));
        assertThat(output(wrongCalling)).containsIgnoringCase("Calling AE Title Not Recognized");
        assertThat(world.indexed()).isEmpty();
    }

    @Test
    void stopping_closes_the_port_and_leaves_no_thread_even_with_an_association_open() throws Exception {
        var idle = new java.net.Socket("127.0.0.1", listener.port());
        int port = listener.port();

        listener.stop();

        assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("dicom-") && t.isAlive());
        idle.close();
    }
}
