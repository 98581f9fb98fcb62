package org.opencpms.bootstrap;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opencpms.adapters.messaging.mail.MailSettings;
import org.opencpms.domain.notification.MailRetries;
import org.opencpms.domain.notification.ReminderLead;

/**
 * The e-mail settings the composition root reads through MicroProfile Config (system property over environment
 * variable, as {@link Configuration}). The SMTP host, port and TLS/STARTTLS are the WildFly mail session's
 * ({@code configure.cli}, same names; {@value #SMTP_HOST} is read here too, for the training mode's check); the rest
 * is here:
 * <ul>
 *   <li>{@value #FROM}: the sender, default {@code OpenCPMS <no-reply@localhost>}; its domain is the Message-IDs';</li>
 *   <li>{@value #PUBLIC_URL}: the application's address the links start with, default {@code http://localhost:8080};</li>
 *   <li>{@value #USER} and {@value #PASSWORD}: SMTP credentials, both or neither;</li>
 *   <li>{@value #MAX_ATTEMPTS}: tries before a mail is dead, default {@value #DEFAULT_MAX_ATTEMPTS}; the first retry
 *       after 30 s, doubling up to an hour;</li>
 *   <li>{@value #REMINDER_LEAD}: how long before a meeting its attendees are reminded, an ISO-8601 duration from
 *       {@code PT1M} to {@code P7D}, default {@code PT1H}.</li>
 * </ul>
 */
public final class MailConfiguration {

    public static final String SMTP_HOST = "opencpms.mail.smtp.host";
    public static final String FROM = "opencpms.mail.from";
    public static final String PUBLIC_URL = "opencpms.public-url";
    public static final String USER = "opencpms.mail.smtp.user";
    public static final String PASSWORD = "opencpms.mail.smtp.password";
    public static final String MAX_ATTEMPTS = "opencpms.mail.max-attempts";
    public static final String REMINDER_LEAD = "opencpms.meeting.reminder-lead";
    static final int DEFAULT_MAX_ATTEMPTS = 8;

    private final Function<String, Optional<String>> values;

    MailConfiguration(Function<String, Optional<String>> values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    static MailConfiguration ofDeployment() {
        var config = ConfigProvider.getConfig();
        return new MailConfiguration(name -> config.getOptionalValue(name, String.class));
    }

    /** @throws IllegalStateException naming the setting when the sender or the public URL is unusable */
    public MailSettings settings() {
        var from = value(FROM).orElse("OpenCPMS <no-reply@localhost>");
        int at = from.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalStateException(FROM + " must be an e-mail address, not " + from);
        }
        var domain = from.substring(at + 1).replace(">", "").strip().toLowerCase(Locale.ROOT);
        var url = value(PUBLIC_URL).orElse("http://localhost:8080");
        URI base;
        try {
            base = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PUBLIC_URL + " must be an http(s) URL, not " + url, e);
        }
        if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalStateException(PUBLIC_URL + " must be an http(s) URL, not " + url);
        }
        var user = value(USER);
        var password = value(PASSWORD);
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalStateException("set both " + USER + " and " + PASSWORD + ", or neither");
        }
        return new MailSettings(from, base, domain, user.orElse(null), password.orElse(null));
    }

    /** The SMTP host set in the configuration, if one is (the mail session's default is {@code localhost}). */
    public Optional<String> smtpHost() {
        return value(SMTP_HOST);
    }

    /** @throws IllegalStateException naming the setting unless a whole number of at least 1 */
    public MailRetries retries() {
        var text = value(MAX_ATTEMPTS).orElse(String.valueOf(DEFAULT_MAX_ATTEMPTS));
        try {
            return new MailRetries(Integer.parseInt(text), MailRetries.DEFAULT.firstDelay(),
                    MailRetries.DEFAULT.maxDelay());
        } catch (RuntimeException e) {
            throw new IllegalStateException(MAX_ATTEMPTS + " must be a whole number of at least 1, not " + text, e);
        }
    }

    /** @throws IllegalStateException naming the setting unless an ISO-8601 duration from a minute to a week */
    public ReminderLead reminderLead() {
        var text = value(REMINDER_LEAD).orElse("PT1H");
        try {
            return new ReminderLead(Duration.parse(text));
        } catch (RuntimeException e) {
            throw new IllegalStateException(REMINDER_LEAD + " must be an ISO-8601 duration from PT1M to P7D, not "
                    + text, e);
        }
    }

    private Optional<String> value(String name) {
        return values.apply(name).map(String::strip).filter(v -> !v.isEmpty());
    }
}
