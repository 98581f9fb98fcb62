package org.opencpms.bench;

import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MILANO;
import static org.opencpms.e2e.Accounts.HP_NIJMEGEN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.opencpms.e2e.Clinic;
import org.opencpms.e2e.J;

/**
 * The mail benchmark (issue 11, item 2) against a running server in training mode whose mail session points at this
 * program's {@link SmtpSink} ({@code OPENCPMS_MAIL_SMTP_HOST=127.0.0.1 OPENCPMS_MAIL_SMTP_PORT=3025 ./run.sh}): on
 * {@code bench.panels} panels led by hp.berlin with three members, meetings are scheduled over the API until
 * {@code bench.mails} meeting mails (4 attendees each, e-mail on by default) are due; every mail goes the real way
 * (outbox relay, notification, mail queue, mail worker, Jakarta Mail over SMTP). Measured: mails/s from the first
 * commit to the last acceptance, and per mail the time from its meeting's commit (the POST's answer) to the sink's
 * 250 for its DATA. Reference in the same run: raw Jakarta Mail, {@code Transport.send} of the same message
 * {@code bench.referenceMails} times to the same sink, one thread, a connection per mail (the worker keeps one per batch).
 * Report in {@code target/bench/mail-throughput.md}.
 */
public final class MailThroughput {

    private static final Pattern UID = Pattern.compile("UID:([0-9a-f-]{36})@");
    private static final List<String> MEMBERS = List.of(HP_PARIS, HP_NIJMEGEN, HP_MILANO);

    private MailThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int mails = Integer.getInteger("bench.mails", 10_000);
        int panels = Integer.getInteger("bench.panels", 50);
        int threads = Integer.getInteger("bench.threads", 4);
        int references = Integer.getInteger("bench.referenceMails", 2_000);
        var timeout = Duration.parse(System.getProperty("bench.timeout", "PT30M"));
        var report = Path.of(System.getProperty("bench.report", "target/bench/mail-throughput.md"));
        try (var sink = SmtpSink.start(Integer.getInteger("bench.smtpPort", 3025))) {
            var attendees = new ArrayList<String>(List.of(id(HP_BERLIN)));
            MEMBERS.forEach(m -> attendees.add(id(m)));
            int meetings = (mails + attendees.size() - 1) / attendees.size();
            var pool = Executors.newFixedThreadPool(threads);
            var built = new ArrayList<Future<Clinic.PanelRef>>();
            for (int p = 0; p < panels; p++) {
                built.add(pool.submit(MailThroughput::panel));
            }
            var refs = new ArrayList<Clinic.PanelRef>();
            for (var panel : built) {
                refs.add(panel.get());
            }
            Thread.sleep(10_000); // the invitations' own mails drain before the measured load starts
            sink.clear();

            Map<String, Long> committed = new ConcurrentHashMap<>();
            var jobs = new ArrayList<Future<?>>();
            long firstCommit = System.currentTimeMillis();
            for (int p = 0; p < panels; p++) {
                var panel = refs.get(p);
                int from = p * meetings / panels;
                int to = (p + 1) * meetings / panels;
                jobs.add(pool.submit(() -> schedule(panel, from, to, attendees, committed)));
            }
            for (var job : jobs) {
                job.get();
            }
            long lastCommit = System.currentTimeMillis();
            pool.shutdown();
            int expected = meetings * attendees.size();
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            int scanned = 0;
            int meetingMails = 0;
            while (meetingMails < expected && System.currentTimeMillis() < deadline) {
                // late mails of the set-up (invitations) may still arrive: only the meetings' own mails count;
                // each mail is looked at once, so polling twice a second costs little next to the minutes measured
                var all = sink.received();
                for (; scanned < all.size(); scanned++) {
                    meetingMails += isMeetingMail(all.get(scanned), committed) ? 1 : 0;
                }
                Thread.sleep(500);
            }
            var received = sink.received();
            var latencies = new ArrayList<Long>();
            long lastAccepted = 0;
            int afterLastCommit = 0;
            for (var mail : received) {
                var uid = UID.matcher(new String(mail.data(), StandardCharsets.ISO_8859_1));
                if (uid.find() && committed.containsKey(uid.group(1))) {
                    latencies.add(mail.acceptedAt() - committed.get(uid.group(1)));
                    lastAccepted = Math.max(lastAccepted, mail.acceptedAt());
                    afterLastCommit += mail.acceptedAt() > lastCommit ? 1 : 0;
                }
            }
            var reference = reference(sink, received.get(0).data(), references);
            var out = report(meetings, expected, latencies, firstCommit, lastCommit, lastAccepted, afterLastCommit,
                    reference, references);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, out, StandardCharsets.UTF_8);
            System.out.println(out); // a benchmark harness: its console is the operator's report
        }
    }

    /** Whether a mail belongs to a measured meeting (by the UID of its calendar entry). */
    private static boolean isMeetingMail(SmtpSink.Received mail, Map<String, Long> committed) {
        var uid = UID.matcher(new String(mail.data(), StandardCharsets.ISO_8859_1));
        return uid.find() && committed.containsKey(uid.group(1));
    }

    /** A panel in assessment led by hp.berlin with hp.paris, hp.nijmegen and hp.milano as members. */
    private static Clinic.PanelRef panel() {
        var patient = Clinic.enrolAtBerlin();
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Mail benchmark"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        for (var member : MEMBERS) {
            panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(member)));
            panel.change(member, "POST", "/invitation/acceptance", null);
        }
        panel.change(HP_BERLIN, "POST", "/assessment", null);
        return panel;
    }

    private static void schedule(Clinic.PanelRef panel, int from, int to, List<String> attendees,
                                 Map<String, Long> committed) {
        var start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        for (int k = from; k < to; k++) {
            var reply = panel.change(HP_BERLIN, "POST", "/meetings", J.obj("start",
                    start.plus(k, ChronoUnit.MINUTES).toString(), "durationMinutes", 30,
                    "attendees", J.arr(attendees.toArray()), "videoLink", "https://video.example.org/bench-" + k), 201);
            var location = reply.header("Location");
            committed.put(location.substring(location.lastIndexOf('/') + 1), System.currentTimeMillis());
        }
    }

    /** Raw Jakarta Mail to the same sink: per send, the time to the server's 250; and the rate. */
    private static List<Long> reference(SmtpSink sink, byte[] sample, int count) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(Integer.getInteger("bench.smtpPort", 3025)));
        var session = Session.getInstance(properties);
        var times = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            var message = new MimeMessage(session, new ByteArrayInputStream(sample));
            long before = System.nanoTime();
            Transport.send(message);
            times.add((System.nanoTime() - before) / 1_000);
        }
        return times;
    }

    /**
     * The report. Two more rows tell the relay from the load: how fast the meetings produced mails (when the relay
     * keeps up, the first figure is that, not the relay's), and how fast the backlog left at the last commit drained.
     */
    private static String report(int meetings, int expected, List<Long> latencies, long firstCommit, long lastCommit,
                                 long lastAccepted, int afterLastCommit, List<Long> referenceMicros, int references) {
        double seconds = (lastAccepted - firstCommit) / 1000.0;
        double referenceSeconds = referenceMicros.stream().mapToLong(Long::longValue).sum() / 1e6;
        return String.format(Locale.ROOT, "# OpenCPMS mail throughput%n%n%s: %d meetings scheduled with 4 attendees "
                        + "each (%d mails due), over %.1f s.%n%n"
                        + "| measure | value |%n|---|---:|%n"
                        + "| mails accepted by the SMTP sink | %d of %d |%n"
                        + "| mails/s, first commit -> last acceptance | %.1f |%n"
                        + "| mails/s produced, first commit -> last commit (4 per meeting) | %.1f |%n"
                        + "| mails/s draining the backlog, last commit -> last acceptance (%d mails) | %s |%n"
                        + "| commit -> SMTP acceptance p50 / p99 / max | %s / %s / %s |%n"
                        + "| reference: raw Jakarta Mail Transport.send, mails/s (%d, one thread) | %.1f |%n"
                        + "| reference: one send p50 / p99 | %s / %s |%n",
                Instant.now(), meetings, expected, (lastCommit - firstCommit) / 1000.0, latencies.size(), expected,
                latencies.size() / seconds, expected / ((lastCommit - firstCommit) / 1000.0), afterLastCommit,
                lastAccepted > lastCommit ? String.format(Locale.ROOT, "%.1f",
                        afterLastCommit / ((lastAccepted - lastCommit) / 1000.0)) : "-",
                ms(latencies, 50, 1), ms(latencies, 99, 1), ms(latencies, 100, 1),
                references, references / referenceSeconds, ms(referenceMicros, 50, 1000),
                ms(referenceMicros, 99, 1000));
    }

    private static String ms(List<Long> values, int percentile, int perMilli) {
        if (values.isEmpty()) {
            return "-";
        }
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.1f ms", sorted.get(Math.max(0, index)) / (double) perMilli);
    }
}
