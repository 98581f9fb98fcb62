package org.opencpms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailConfigurationTest {

    private static MailConfiguration of(Map<String, String> values) {
        return new MailConfiguration(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void without_settings_mails_come_from_localhost_and_link_to_localhost() {
        var settings = of(Map.of()).settings();

        assertThat(settings.from()).isEqualTo("OpenCPMS <no-reply@localhost>");
        assertThat(settings.baseUrl()).hasToString("http://localhost:8080");
        assertThat(settings.messageIdDomain()).isEqualTo("localhost");
        assertThat(settings.username()).isNull();
        assertThat(of(Map.of()).retries().maxAttempts()).isEqualTo(MailConfiguration.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void the_sender_names_the_message_id_domain_and_the_credentials_are_never_shown() {
        var settings = of(Map.of(MailConfiguration.FROM, "OpenCPMS <No-Reply@CPMS.example.eu>",
                MailConfiguration.PUBLIC_URL, "https://cpms.example.eu/", MailConfiguration.USER, "cpms",
                MailConfiguration.PASSWORD, "s3cret", MailConfiguration.MAX_ATTEMPTS, "3")).settings();

        assertThat(settings.messageIdDomain()).isEqualTo("cpms.example.eu");
        assertThat(settings.baseUrl()).hasToString("https://cpms.example.eu");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void unusable_settings_fail_naming_them() {
        assertThatThrownBy(() -> of(Map.of(MailConfiguration.FROM, "nobody")).settings())
                .hasMessageContaining(MailConfiguration.FROM);
        assertThatThrownBy(() -> of(Map.of(MailConfiguration.PUBLIC_URL, "ftp://x.example")).settings())
                .hasMessageContaining(MailConfiguration.PUBLIC_URL);
        assertThatThrownBy(() -> of(Map.of(MailConfiguration.USER, "cpms")).settings())
                .hasMessageContaining(MailConfiguration.PASSWORD);
        assertThatThrownBy(() -> of(Map.of(MailConfiguration.MAX_ATTEMPTS, "0")).retries())
                .hasMessageContaining(MailConfiguration.MAX_ATTEMPTS);
    }

    @Test
    void the_reminder_lead_is_an_hour_unless_configured_and_fails_naming_its_setting() {
        assertThat(of(Map.of()).reminderLead().value()).isEqualTo(java.time.Duration.ofHours(1));
        assertThat(of(Map.of(MailConfiguration.REMINDER_LEAD, "PT15M")).reminderLead().value())
                .isEqualTo(java.time.Duration.ofMinutes(15));
        assertThatThrownBy(() -> of(Map.of(MailConfiguration.REMINDER_LEAD, "P30D")).reminderLead())
                .hasMessageContaining(MailConfiguration.REMINDER_LEAD);
        assertThatThrownBy(() -> of(Map.of(MailConfiguration.REMINDER_LEAD, "soon")).reminderLead())
                .hasMessageContaining(MailConfiguration.REMINDER_LEAD);
    }

    @Test
    void the_smtp_host_counts_only_when_configured() {
        assertThat(of(Map.of()).smtpHost()).isEmpty();
        assertThat(of(Map.of(MailConfiguration.SMTP_HOST, " 127.0.0.1 ")).smtpHost()).contains("127.0.0.1");
    }

    @Test
    void only_this_machine_counts_as_a_local_catch_all_in_training_mode() {
        assertThat(Mailing.isLocal("localhost")).isTrue();
        assertThat(Mailing.isLocal("127.0.0.1")).isTrue();
        assertThat(Mailing.isLocal("192.0.2.10")).isFalse();
    }
}
