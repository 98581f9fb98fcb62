package org.opencpms.adapters.persistence.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.opencpms.adapters.persistence.audit.JpaAuditTrail;
import org.opencpms.adapters.persistence.consent.JpaConsents;
import org.opencpms.adapters.persistence.outbox.JpaDomainEvents;
import org.opencpms.adapters.persistence.panel.JpaPanels;
import org.opencpms.adapters.persistence.patient.IdentityCipher;
import org.opencpms.adapters.persistence.patient.JpaPatients;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.audit.CallerOrigin;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.patient.Sex;

/**
 * The persistence benchmark (a harness, not a test): loads patients and panels into an embedded
 * PostgreSQL through the JPA ports, then measures the latency of the reads the product lists as
 * critical and the rate of enrolments, and writes a Markdown report.
 *
 * <p>Settings (system properties, defaults in brackets): {@code bench.patients} [1000000],
 * {@code bench.panels} [100000], {@code bench.centres} [480, a multiple of 24],
 * {@code bench.professionalsPerCentre} [10], {@code bench.samples} [2000 per read],
 * {@code bench.warmup} [500 per read, and unmeasured enrolments before the measured ones], {@code bench.enrolments} [5000 per run], {@code bench.loaders} [2 threads],
 * {@code bench.patientBatch} [50 per transaction], {@code bench.panelBatch} [20 per transaction],
 * {@code bench.synchronousCommit} [on], {@code bench.fsync} [on], {@code bench.reWriteBatchedInserts} [true, as the
 * deployed driver configuration has it], {@code bench.sharedBuffers} [1GB], {@code bench.seed} [20260101],
 * {@code bench.dataDirectory} [target/bench/pgdata], {@code bench.reuse} [false: when true and the data directory
 * already holds a loaded database of at least these sizes, the load is skipped and only the measurements run], {@code bench.report} [target/bench/persistence-benchmark.md],
 * {@code bench.measure} [reads,enrolments,audit: which groups of lines to measure, e.g. {@code enrolments} alone
 * to iterate on the write path over a reused cluster], {@code bench.statements} [false: when true, loads
 * pg_stat_statements and reports the statements PostgreSQL ran per enrolment], {@code bench.pg.<setting>} [any
 * further PostgreSQL setting, e.g. {@code -Dbench.pg.wal_compression=on}], {@code bench.eclipselink.<property>} [any
 * further property of the persistence unit, e.g. {@code -Dbench.eclipselink.jdbc.cache-statements=true}].
 *
 * <p>Each measured operation runs in its own transaction, as a use case would, and its time is the
 * wall-clock time of the whole transaction (begin, the port call, commit) as seen by the caller.
 * Each line also reports the CPU time per operation spent by the JVM (everything in it: the
 * measured threads, JIT, GC) and by PostgreSQL (all its processes), which, unlike the rate, hardly
 * depends on what else runs on the machine; an enrolment line adds the CPU time of the threads
 * that call the ports (without JIT and GC) and the bytes they allocate, the least noisy figures of
 * all on a shared machine.
 */
public final class PersistenceBenchmark {

    private static final Logger LOG = Logger.getLogger(PersistenceBenchmark.class.getName());

    private static final int LOAD_BATCH_PATIENTS = Integer.getInteger("bench.patientBatch", 50);
    private static final int LOAD_BATCH_PANELS = Integer.getInteger("bench.panelBatch", 20);
    private static final int PATIENT_PAGE = 50;
    private static final int PANEL_PAGE = 20;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final BenchDatabase db;
    private final Population population;
    private final Patients patients;
    private final Panels panels;
    private final IdentityCipher cipher;
    private final Random random;
    private final CpuTime cpu;
    private final boolean statements;
    private final List<String> statementRows = new ArrayList<>();
    private final Map<String, String> loadFigures = new LinkedHashMap<>();
    private final List<String> measurementRows = new ArrayList<>();

    private PersistenceBenchmark(BenchDatabase db, Population population, long seed, CpuTime cpu, boolean statements) {
        this.db = db;
        this.cpu = cpu;
        this.statements = statements;
        if (statements) {
            db.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
        this.population = population;
        byte[] secret = new byte[32];
        new Random(seed).nextBytes(secret);
        this.cipher = new IdentityCipher(secret);
        this.patients = new JpaPatients(db.entityManager(), cipher);
        this.panels = new JpaPanels(db.entityManager());
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.getLong("bench.seed", 20260101L);
        int patientCount = Integer.getInteger("bench.patients", 1_000_000);
        int panelCount = Integer.getInteger("bench.panels", 100_000);
        var population = new Population(seed, Integer.getInteger("bench.centres", 480),
                Integer.getInteger("bench.professionalsPerCentre", 10), patientCount, panelCount);
        Map<String, String> server = new LinkedHashMap<>();
        server.put("synchronous_commit", System.getProperty("bench.synchronousCommit", "on"));
        server.put("fsync", System.getProperty("bench.fsync", "on"));
        server.put("shared_buffers", System.getProperty("bench.sharedBuffers", "1GB"));
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.pg."))
                .forEach(name -> server.put(name.substring("bench.pg.".length()), System.getProperty(name)));
        boolean statements = Boolean.getBoolean("bench.statements");
        if (statements) {
            server.put("shared_preload_libraries", "pg_stat_statements");
        }
        int loaders = Integer.getInteger("bench.loaders", 2);
        File dataDirectory = new File(System.getProperty("bench.dataDirectory", "target/bench/pgdata"));
        Path report = Path.of(System.getProperty("bench.report", "target/bench/persistence-benchmark.md"));
        boolean reuse = Boolean.getBoolean("bench.reuse");
        try (var db = new BenchDatabase(dataDirectory, reuse, server, Math.max(4, loaders + 2))) {
            var bench = new PersistenceBenchmark(db, population, seed, new CpuTime(dataDirectory.toPath()), statements);
            if (reuse && db.queryLong("SELECT count(*) FROM patient") >= patientCount
                    && db.queryLong("SELECT count(*) FROM panel") >= panelCount) {
                bench.describeReusedData();
            } else {
                bench.load(loaders);
            }
            Set<String> lines = Set.of(System.getProperty("bench.measure", "reads,enrolments,audit").split(","));
            if (lines.contains("reads")) {
                bench.measureReads(Integer.getInteger("bench.warmup", 500), Integer.getInteger("bench.samples", 2_000));
            }
            if (lines.contains("enrolments")) {
                bench.measureEnrolments(Integer.getInteger("bench.warmup", 500), Integer.getInteger("bench.enrolments", 5_000));
            }
            if (lines.contains("audit")) {
                bench.measureAuditAppends(Integer.getInteger("bench.enrolments", 5_000));
            }
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, bench.report(server), StandardCharsets.UTF_8);
            LOG.info(() -> "persistence benchmark report written to " + report.toAbsolutePath());
        }
    }

    // ------------------------------------------------------------------ load

    private void load(int threads) throws Exception {
        long start = System.nanoTime();
        inParallel(threads, population.patients(), LOAD_BATCH_PATIENTS,
                i -> patients.save(population.patient(i)), "patients");
        double patientSeconds = seconds(start);
        loadFigures.put("patients saved through JpaPatients", String.format(Locale.ROOT, "%,d in %.0f s (%,.0f/s, %d threads, %d per transaction)",
                population.patients(), patientSeconds, population.patients() / patientSeconds, threads, LOAD_BATCH_PATIENTS));

        start = System.nanoTime();
        inParallel(threads, population.panels(), LOAD_BATCH_PANELS, j -> panels.save(population.panel(j)), "panels");
        double panelSeconds = seconds(start);
        loadFigures.put("panels saved through JpaPanels", String.format(Locale.ROOT, "%,d in %.0f s (%,.0f/s, %d threads, %d per transaction)",
                population.panels(), panelSeconds, population.panels() / panelSeconds, threads, LOAD_BATCH_PANELS));

        start = System.nanoTime();
        db.execute("VACUUM ANALYZE");
        loadFigures.put("VACUUM ANALYZE", String.format(Locale.ROOT, "%.0f s", seconds(start)));
        describeData();
    }

    private void describeReusedData() {
        loadFigures.put("data", "reused from an earlier run's data directory (bench.reuse=true): not loaded again");
        describeData();
    }

    private void describeData() {
        loadFigures.put("rows", String.format(Locale.ROOT, "patient %,d; patient_identity %,d; panel %,d; panel_participant %,d",
                db.queryLong("SELECT count(*) FROM patient"), db.queryLong("SELECT count(*) FROM patient_identity"),
                db.queryLong("SELECT count(*) FROM panel"), db.queryLong("SELECT count(*) FROM panel_participant")));
        loadFigures.put("database size", String.format(Locale.ROOT, "%,d MB",
                db.queryLong("SELECT pg_database_size(current_database())") / (1024 * 1024)));
    }

    /** Runs {@code work} for 0..count-1, in transactions of {@code batch}, on {@code threads} threads. */
    private void inParallel(int threads, int count, int batch, IntConsumer work, String what) throws Exception {
        var next = new AtomicInteger();
        var done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    for (int from = next.getAndAdd(batch); from < count; from = next.getAndAdd(batch)) {
                        int first = from;
                        int last = Math.min(count, from + batch);
                        db.inTransaction(() -> {
                            for (int i = first; i < last; i++) {
                                work.accept(i);
                            }
                        });
                        int total = done.addAndGet(last - first);
                        if (total / 100_000 != (total - (last - first)) / 100_000) {
                            LOG.info(() -> what + ": " + total + " of " + count);
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> task : pool.invokeAll(tasks)) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    // ------------------------------------------------------------------ reads

    private void measureReads(int warmup, int samples) {
        int perCentre = population.patients() / population.centres();
        int lastPageStart = Math.max(0, perCentre - PATIENT_PAGE);
        measure("centre's patient list, first page (50)", warmup, samples,
                () -> patients.listAtCentre(population.centre(random.nextInt(population.centres())), Optional.empty(), PATIENT_PAGE));
        measure("centre's patient list, next page by cursor (50 after a random patient)", warmup, samples, () -> {
            int i = random.nextInt(population.patients());
            patients.listAtCentre(population.centre(i % population.centres()),
                    Optional.of(new PatientCursor(population.enrolledOn(i), population.patientId(i))), PATIENT_PAGE);
        });
        measure("centre's patient list, page by offset (50, offset 0.." + lastPageStart + ")", warmup, samples,
                () -> patients.listAtCentre(population.centre(random.nextInt(population.centres())),
                        random.nextInt(lastPageStart + 1), PATIENT_PAGE));
        measure("\"my panels\", first page (20)", warmup, samples, () -> panels.involving(
                population.healthProfessional(random.nextInt(population.centres()),
                        random.nextInt(population.professionalsPerCentre())).id(), Optional.empty(), PANEL_PAGE));
        measure("\"my panels\", next page by cursor (20 after a random panel of the user)", warmup, samples, () -> {
            int j = random.nextInt(population.panels());
            panels.involving(population.leadOf(j).id(),
                    Optional.of(new PanelCursor(population.draftedAt(j), population.panelId(j))), PANEL_PAGE);
        });
        measure("one panel with its timeline (Panels.get)", warmup, samples,
                () -> panels.get(population.panelId(random.nextInt(population.panels()))));
        measure("one patient (Patients.get, decrypting the identity)", warmup, samples,
                () -> patients.get(population.patientId(random.nextInt(population.patients()))));
    }

    private void measure(String name, int warmup, int samples, Runnable operation) {
        LOG.info(() -> "measuring " + name);
        String loadBefore = loadAverage();
        for (int i = 0; i < warmup; i++) {
            db.inTransaction(operation);
        }
        var latencies = new Latencies(name, samples);
        var cpuBefore = cpu.sample();
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            db.inTransaction(operation);
            latencies.add(System.nanoTime() - t0);
        }
        measurementRows.add(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | | %s | %s → %s |", latencies.name(),
                latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(99), latencies.maxMillis(),
                cpu.sample().perOperation(cpuBefore, samples), loadBefore, loadAverage()));
    }

    // ------------------------------------------------------------------ writes

    private void measureEnrolments(int warmup, int enrolments) throws Exception {
        enrolWith(1, warmup, false);
        for (int threads : new int[] {1, 2, 4}) {
            enrolWith(threads, enrolments, true);
        }
    }

    private void enrolWith(int threads, int enrolments, boolean report) throws Exception {
        var enrol = new EnrolPatient(patients, new JpaConsents(db.entityManager()), new JpaDomainEvents(db.entityManager()),
                new Auditing(new JpaAuditTrail(db.entityManager()), CallerOrigin.embedded(), Clock.systemUTC()), Clock.systemUTC());
        var next = new AtomicInteger();
        var callerCpu = new AtomicLong();
        var callerAllocated = new AtomicLong();
        long run = System.currentTimeMillis();
        var latencies = new Latencies("enrolment (EnrolPatient use case, " + threads + " thread" + (threads > 1 ? "s" : "") + ")",
                enrolments);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        String loadBefore = loadAverage();
        CpuTime.Sample cpuBefore;
        long start;
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    for (int n = next.getAndIncrement(); n < enrolments; n = next.getAndIncrement()) {
                        int c = n % population.centres();
                        var actor = population.healthProfessional(c, n % population.professionalsPerCentre());
                        var command = new EnrolPatient.Command(actor, population.centre(c), actor.id(),
                                new IdentifyingData("Enrolled", "Patient" + n, LocalDate.of(2010, 1, 1).plusDays(n % 4_000),
                                        Sex.FEMALE, new HospitalIdentifier("NEW-" + run + "-" + threads + "-" + n), null),
                                List.of(consent(ConsentKind.CARE), consent(ConsentKind.SHARING_WITHIN_ERN)));
                        long t0 = System.nanoTime();
                        long cpu0 = THREADS.getCurrentThreadCpuTime();
                        long allocated0 = THREADS.getCurrentThreadAllocatedBytes();
                        db.inTransaction(() -> enrol.handle(command));
                        callerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
                        callerAllocated.addAndGet(THREADS.getCurrentThreadAllocatedBytes() - allocated0);
                        long elapsed = System.nanoTime() - t0;
                        synchronized (latencies) {
                            latencies.add(elapsed);
                        }
                    }
                    return null;
                });
            }
            boolean resetStatements = statements && report && threads == 1;
            if (resetStatements) {
                db.queryRows("SELECT pg_stat_statements_reset()");
            }
            cpuBefore = cpu.sample();
            start = System.nanoTime();
            for (Future<Void> task : pool.invokeAll(tasks)) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
        double elapsed = seconds(start);
        String cpuPerEnrolment = cpu.sample().perOperation(cpuBefore, enrolments)
                + String.format(Locale.ROOT, "; calling threads %.2f, allocating %,.0f KB", callerCpu.get() / 1e6 / enrolments,
                        callerAllocated.get() / 1024.0 / enrolments);
        if (!report) {
            return;
        }
        if (statements && threads == 1) {
            countStatements(enrolments);
        }
        measurementRows.add(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | **%,.0f enrolments/s** | %s | %s → %s |",
                latencies.name(), latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(99),
                latencies.maxMillis(), enrolments / elapsed, cpuPerEnrolment, loadBefore, loadAverage()));
    }

    /** The statements PostgreSQL executed during the last run, per enrolment (pg_stat_statements). */
    private void countStatements(int enrolments) {
        for (List<String> row : db.queryRows("SELECT calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g')"
                + " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND calls >= " + enrolments / 2 + " ORDER BY calls DESC, query")) {
            statementRows.add(String.format(Locale.ROOT, "| %.2f | %.3f | `%s` |", Long.parseLong(row.get(0)) / (double) enrolments,
                    Double.parseDouble(row.get(1)) / Long.parseLong(row.get(0)),
                    row.get(2).length() > 160 ? row.get(2).substring(0, 160) + "…" : row.get(2)));
        }
    }

    private static GivenConsent consent(ConsentKind kind) {
        return new GivenConsent(kind, LocalDate.of(2026, 1, 1), new ConsentForm("1.0", "en"), null);
    }

    private void measureAuditAppends(int appends) {
        var trail = new JpaAuditTrail(db.entityManager());
        var latencies = new Latencies("audit append alone (one entry per transaction, 1 thread)", appends);
        String loadBefore = loadAverage();
        var cpuBefore = cpu.sample();
        long start = System.nanoTime();
        for (int n = 0; n < appends; n++) {
            var entry = new AuditEntry(Population.T0.plusSeconds(n), population.healthProfessional(0, 0).id(), AuditAction.READ,
                    "Panel", population.panelId(n % population.panels()).value().toString(), null, "bench", "benchmark");
            long t0 = System.nanoTime();
            db.inTransaction(() -> trail.record(entry));
            latencies.add(System.nanoTime() - t0);
        }
        double elapsed = seconds(start);
        String cpuPerAppend = cpu.sample().perOperation(cpuBefore, appends);
        measurementRows.add(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %,.0f appends/s | %s | %s → %s |",
                latencies.name(), latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(99),
                latencies.maxMillis(), appends / elapsed, cpuPerAppend, loadBefore, loadAverage()));
        long start2 = System.nanoTime();
        var verification = db.inTransaction(() -> trail.verify());
        loadFigures.put("audit trail verification", String.format(Locale.ROOT, "%,d records checked in %.1f s, intact: %s",
                verification.recordsChecked(), seconds(start2), verification.intact()));
    }

    // ------------------------------------------------------------------ report

    private String report(Map<String, String> server) {
        var out = new StringBuilder();
        out.append("## Persistence benchmark run\n\n");
        out.append(String.format(Locale.ROOT, "- machine: %d cores, Java %s (%s), max heap %,d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.append("- EclipseLink weaving: ").append(BenchDatabase.entitiesWoven() ? "yes (entities woven)" : "no").append('\n');
        out.append("- PostgreSQL (embedded, zonky):");
        db.serverSettings().forEach((k, v) -> out.append(' ').append(k).append('=').append(v).append(';'));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "- data: %,d centres in 24 ERNs, %,d health professionals, %,d patients, %,d panels%n",
                population.centres(), population.centres() * population.professionalsPerCentre(), population.patients(),
                population.panels()));
        loadFigures.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
        out.append("\n| operation | samples | p50 ms | p99 ms | max ms | rate"
                        + " | CPU ms per operation: JVM / PostgreSQL (its backends + its other processes); for enrolments also"
                        + " the JVM threads calling the ports and what they allocate"
                        + " | machine load before → after |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        measurementRows.forEach(row -> out.append(row).append('\n'));
        if (!statementRows.isEmpty()) {
            out.append("\nStatements executed by PostgreSQL per enrolment (1-thread line, pg_stat_statements; those run at least"
                    + " once per two enrolments):\n\n| per enrolment | mean ms | statement |\n|---:|---:|---|\n");
            statementRows.forEach(row -> out.append(row).append('\n'));
        }
        return out.toString();
    }

    /** The 1-minute load average (Linux), to tell a quiet run from one that shared the cores; "?" elsewhere. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static double seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e9;
    }
}
