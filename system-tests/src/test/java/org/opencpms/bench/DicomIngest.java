package org.opencpms.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opencpms.adapters.dicom.SyntheticCt;
import org.opencpms.e2e.Api;
import org.opencpms.e2e.Clinic;
import org.opencpms.e2e.J;
import org.opencpms.e2e.process.ServerProcess;
import org.opencpms.e2e.process.ServerSettings;

/**
 * C-STORE ingest (issue 10): dcmtk's {@code storescu} sends synthetic CT series (1,000 x 34 KB, 500 x 526 KB) in one
 * association and in two concurrent ones, to OpenCPMS (matched to an enrolled patient, de-identified, fsync'd,
 * indexed) and, in the same run on the same machine, to a plain dcmtk {@code storescp} (storing only) as the ceiling;
 * and the same files written durably by {@link DurableWrites} (no network, no DICOM): the floor under any store
 * that forces each instance to disk before answering.
 * The product is started by the benchmark itself (training mode, H2; started twice: once to enrol the patient, once
 * with the PACS's AE title mapped to the centre). Median of {@code bench.repeats} (3) runs, after a warm-up.
 * {@code ./mvnw -B -pl system-tests -am -Pbench verify -DskipTests -Dbench.main=org.opencpms.bench.DicomIngest};
 * report in {@code target/bench/dicom-ingest.md}.
 */
public final class DicomIngest {

    private static final String KEY = "YmVuY2htYXJrIGRlLWlkZW50aWZpY2F0aW9uIGtleQ==";
    private static final int OURS = 11740;
    private static final int CEILING = 11741;
    private static final String HOSPITAL_ID = "BENCH-INGEST-1";

    record Load(String name, int instances, int side) {
    }

    private DicomIngest() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = Integer.getInteger("bench.repeats", 3);
        var loads = List.of(new Load("1,000 x 34 KB", 1000, 128), new Load("500 x 526 KB", 500, 512));
        var work = Path.of("target/bench/dicom-ingest");
        if (Files.exists(work)) {
            delete(work);
        }
        Files.createDirectories(work);
        var store = work.resolve("opencpms-store");
        var settings = ServerSettings.training("dicom-bench", 740).with("opencpms.dicom.deidentification-key", KEY)
                .with("opencpms.dicom.storage-directory", store.toAbsolutePath().toString());
        String centre;
        try (var server = ServerProcess.fresh(settings)) {
            centre = enrol(Api.at(server.httpUrl()));
        }
        var report = new IngestReport(repeats);
        var ceiling = DcmtkStore.storescp("STORESCP", CEILING, work.resolve("storescp-store"));
        try (var server = ServerProcess.on(settings.with("opencpms.dicom.calling-ae-titles", "PACS_BENCH=" + centre)
                .with("opencpms.dicom.port", Integer.toString(OURS)))) {
            long sent = 0;
            var warmUp = series(work, new Load("warm-up", 200, 128), 1, 0);
            DcmtkStore.send("PACS_BENCH", "OPENCPMS", OURS, warmUp);
            delete(warmUp.get(0).getParent());
            sent += 200;
            for (var load : loads) {
                for (int associations = 1; associations <= 2; associations++) {
                    for (int repeat = 0; repeat < repeats; repeat++) {
                        var directories = series(work, load, associations, repeat + 10 * associations);
                        long bytes = sizeOf(directories);
                        boolean oursFirst = repeat % 2 == 0;
                        double first = DcmtkStore.send("PACS_BENCH", oursFirst ? "OPENCPMS" : "STORESCP", oursFirst ? OURS : CEILING, directories);
                        double second = DcmtkStore.send("PACS_BENCH", oursFirst ? "STORESCP" : "OPENCPMS", oursFirst ? CEILING : OURS, directories);
                        double floor = DurableWrites.write(directories, work.resolve("durable-writes"));
                        delete(work.resolve("durable-writes"));
                        report.add(load.name(), associations, load.instances(), bytes,
                                new IngestReport.Seconds(oursFirst ? first : second, oursFirst ? second : first, floor));
                        sent += load.instances();
                        delete(directories.get(0).getParent());
                    }
                }
            }
            long kept = count(store);
            report.write(Path.of(System.getProperty("bench.report", "target/bench/dicom-ingest.md")), sent, kept);
            if (kept != sent) {
                throw new IllegalStateException(sent + " instances sent, " + kept + " files kept");
            }
        } finally {
            ceiling.destroy();
        }
    }

    private static String enrol(Api.At api) {
        var token = api.trainingToken("hp.berlin");
        String centre = api.get("/api/me", token).json().getJsonArray("grants").getJsonObject(0).getString("centre");
        var enrolled = api.post("/api/patients", token, J.obj("centre", centre,
                "identity", J.obj("givenName", "Bea", "familyName", "Bench", "dateOfBirth", "1990-01-02", "sex", "FEMALE",
                        "hospitalIdentifier", HOSPITAL_ID),
                "consents", J.arr(Clinic.consent("CARE"), Clinic.consent("SHARING_WITHIN_ERN"))));
        if (enrolled.status() != 201) {
            throw new IllegalStateException("enrolment refused: " + enrolled);
        }
        return centre;
    }

    /** A new study of the load's instances (fresh UIDs), split over one directory per association. */
    private static List<Path> series(Path work, Load load, int associations, int run) throws IOException {
        long study = System.currentTimeMillis() * 100 + run;
        var directories = new ArrayList<Path>();
        for (int a = 0; a < associations; a++) {
            directories.add(Files.createDirectories(work.resolve("send").resolve("association-" + a)));
        }
        for (int i = 1; i <= load.instances(); i++) {
            Files.write(directories.get(i % associations).resolve(i + ".dcm"),
                    SyntheticCt.file(study, 1, i, load.side(), HOSPITAL_ID));
        }
        return directories;
    }

    private static long sizeOf(List<Path> directories) throws IOException {
        long bytes = 0;
        for (Path directory : directories) {
            try (Stream<Path> files = Files.list(directory)) {
                bytes += files.mapToLong(file -> file.toFile().length()).sum();
            }
        }
        return bytes;
    }

    private static long count(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
