package org.opencpms.adapters.messaging.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.user.Language;

/**
 * The e-mails' words, from Mustache templates (mustache.java): per language a {@code messages_<lang>.properties}
 * with a subject and a sentence per topic, and two layouts ({@code mail.txt.mustache}, {@code mail.html.mustache}).
 *
 * <p>Invariants: a mail names nothing but its notification's facts (nickname, ERN codes, a meeting's start, in UTC)
 * and a link; every value is HTML-escaped in the HTML body (the HTML factory escapes {@code {{...}}}; the sentence,
 * rendered escaped, is the one value the layout takes as it is); a language without a text for a topic falls back to
 * English. Thread-safe: the layouts and each sentence are compiled once.
 */
public final class MailTemplates {

    private static final String ROOT = "/org/opencpms/adapters/messaging/mail/";
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final DefaultMustacheFactory html = new DefaultMustacheFactory();
    private final DefaultMustacheFactory text = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
    private final Map<Language, Properties> messages = new EnumMap<>(Language.class);
    /** The sentences compiled so far, per factory: a few dozen (topics x languages), each compiled once. */
    private final Map<String, Mustache> textSentences = new ConcurrentHashMap<>();
    private final Map<String, Mustache> htmlSentences = new ConcurrentHashMap<>();
    private final Mustache textLayout = text.compile(new StringReader(resource("mail.txt.mustache")), "mail.txt");
    private final Mustache htmlLayout = html.compile(new StringReader(resource("mail.html.mustache")), "mail.html");

    public MailTemplates() {
        for (var language : Language.values()) {
            var properties = new Properties();
            try (var in = new StringReader(resource("messages_" + language.code() + ".properties"))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            messages.put(language, properties);
        }
    }

    /** The words of {@code mail} in its recipient's language, with {@code link} into the application. */
    public MailText render(Mail mail, String link) {
        var facts = new HashMap<String, Object>(mail.notification().facts());
        facts.computeIfPresent(Facts.START, (name, start) -> START.format(Instant.parse((String) start)));
        var topic = mail.notification().topic().name();
        var subject = execute(text, word(mail.language(), topic + ".subject"), facts);
        var scope = new HashMap<String, Object>();
        scope.put("language", mail.language().code());
        scope.put("subject", subject);
        scope.put("link", link);
        for (var common : new String[] {"greeting", "open", "why"}) {
            scope.put(common, word(mail.language(), common));
        }
        scope.put("sentence", execute(text, word(mail.language(), topic + ".text"), facts));
        var plain = execute(textLayout, scope);
        scope.put("sentence", execute(html, word(mail.language(), topic + ".text"), facts));
        return new MailText(subject, plain, execute(htmlLayout, scope));
    }

    /** The summary of a meeting's entry in a calendar feed, in {@code language}, naming the patient's nickname. */
    public String calendarSummary(Language language, String nickname) {
        return execute(text, word(language, "calendar.summary"), Map.of(Facts.NICKNAME, nickname));
    }

    private String word(Language language, String key) {
        var word = messages.get(language).getProperty(key);
        return word != null ? word : messages.get(Language.EN).getProperty(key);
    }

    private String execute(DefaultMustacheFactory factory, String template, Map<String, Object> scope) {
        var compiled = (factory == html ? htmlSentences : textSentences)
                .computeIfAbsent(template, t -> factory.compile(new StringReader(t), t));
        return execute(compiled, scope);
    }

    private static String execute(Mustache mustache, Map<String, Object> scope) {
        var out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }

    private static String resource(String name) {
        try (var in = MailTemplates.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("mail template missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
