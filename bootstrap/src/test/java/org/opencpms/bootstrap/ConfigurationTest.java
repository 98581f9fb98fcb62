package org.opencpms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.audit.AuditChains;
import org.opencpms.adapters.persistence.patient.IdentityCipher;
import org.opencpms.application.training.TrainingDataSet;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.user.Subject;

class ConfigurationTest {

    private static Configuration configured(Map<String, String> values) {
        return new Configuration(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void without_settings_it_is_not_training_mode_and_identity_visibility_is_strict() {
        var nothing = configured(Map.of());
        assertThat(nothing.trainingMode()).isFalse();
        assertThat(nothing.identityVisibility()).isEqualTo(IdentityVisibility.STRICT);
    }

    @Test
    void training_mode_is_read_as_micro_profile_config_reads_a_boolean() {
        for (var yes : new String[] {"true", "TRUE", " true ", "1", "yes", "Y", "on"}) {
            assertThat(configured(Map.of(Configuration.TRAINING, yes)).trainingMode()).as(yes).isTrue();
        }
        for (var no : new String[] {"false", "0", "no", "off", " "}) {
            assertThat(configured(Map.of(Configuration.TRAINING, no)).trainingMode()).as(no).isFalse();
        }
    }

    @Test
    void identity_visibility_may_be_widened_to_the_centre_in_any_case() {
        assertThat(configured(Map.of(Configuration.IDENTITY_VISIBILITY, "Centre")).identityVisibility())
                .isEqualTo(IdentityVisibility.CENTRE);
    }

    @Test
    void the_research_export_is_five_anonymous_unless_the_deployment_chooses_another_k_of_at_least_two() {
        assertThat(configured(Map.of()).researchKAnonymity().k()).isEqualTo(5);
        assertThat(configured(Map.of(Configuration.K_ANONYMITY, " 10 ")).researchKAnonymity().k()).isEqualTo(10);
        for (var bad : new String[] {"1", "five", "-3"}) {
            assertThatThrownBy(() -> configured(Map.of(Configuration.K_ANONYMITY, bad)).researchKAnonymity()).as(bad)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("opencpms.research.k-anonymity must be a whole number of at least 2, not " + bad);
        }
    }

    @Test
    void an_unknown_identity_visibility_fails_naming_the_setting_and_the_choices() {
        assertThatThrownBy(() -> configured(Map.of(Configuration.IDENTITY_VISIBILITY, "everyone")).identityVisibility())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("opencpms.identity-visibility must be one of [strict, centre], not everyone");
    }

    @Test
    void the_identity_cipher_uses_the_configured_key() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        var base64 = Base64.getEncoder().encodeToString(key);

        var cipher = configured(Map.of(Configuration.IDENTITY_KEY, base64 + "\n")).identityCipher();

        assertThat(cipher.keyId()).isEqualTo(new IdentityCipher(key).keyId());
    }

    @Test
    void without_an_identity_key_it_fails_naming_both_spellings_of_the_setting() {
        for (var missing : new Configuration[] {configured(Map.of()), configured(Map.of(Configuration.IDENTITY_KEY, "  "))}) {
            assertThatThrownBy(missing::identityCipher)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no key")
                    .hasMessageContaining("OPENCPMS_IDENTITY_KEY")
                    .hasMessageContaining("opencpms.identity-key")
                    .hasMessageContaining("openssl rand -base64 32");
        }
    }

    @Test
    void an_unusable_identity_key_fails_naming_its_setting_without_repeating_it() {
        var short128 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> configured(Map.of(Configuration.IDENTITY_KEY, short128)).identityCipher())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("opencpms.identity-key")
                .hasMessageContaining("not 16 bytes")
                .hasMessageNotContaining(short128);
        assertThatThrownBy(() -> configured(Map.of(Configuration.IDENTITY_KEY, "secret?")).identityCipher())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not base64")
                .hasMessageNotContaining("secret?");
    }

    @Test
    void the_platform_operators_are_the_configured_identities_and_in_training_mode_the_training_operator() {
        var operator = new Subject("https://login.example.eu/realms/ern", "0c1d");
        var training = TrainingDataSet.subjectOf(TrainingDataSet.OPERATOR);

        var configured = configured(Map.of(Configuration.OPERATORS, "https://login.example.eu/realms/ern|0c1d"));
        var inTraining = configured(Map.of(Configuration.TRAINING, "true"));

        assertThat(configured.operators().includes(operator)).isTrue();
        assertThat(configured.operators().includes(training)).isFalse();
        assertThat(inTraining.operators().includes(training)).isTrue();
        assertThat(configured(Map.of()).operators().subjects()).isEmpty();
    }

    @Test
    void operators_that_do_not_parse_fail() {
        assertThatThrownBy(() -> configured(Map.of(Configuration.OPERATORS, "no-bar-here")).operators())
                .hasMessageContaining("issuer|subject");
    }

    @Test
    void the_chat_is_polled_every_quarter_second_unless_the_deployment_chooses_another_interval_in_range() {
        assertThat(configured(Map.of()).chatPollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(configured(Map.of(Configuration.CHAT_POLL_INTERVAL, "1000")).chatPollInterval()).isEqualTo(Duration.ofSeconds(1));
        for (var bad : new String[] {"9", "60001", "soon"}) {
            assertThatThrownBy(() -> configured(Map.of(Configuration.CHAT_POLL_INTERVAL, bad)).chatPollInterval()).as(bad)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(Configuration.CHAT_POLL_INTERVAL);
        }
    }

    @Test
    void the_audit_trail_appends_to_8_chains_unless_the_deployment_chooses_1_to_64() {
        assertThat(configured(Map.of()).auditChains()).isEqualTo(new AuditChains(8));
        assertThat(configured(Map.of(Configuration.AUDIT_CHAINS, "64")).auditChains()).isEqualTo(new AuditChains(64));
        for (var bad : new String[] {"0", "65", "many"}) {
            assertThatThrownBy(() -> configured(Map.of(Configuration.AUDIT_CHAINS, bad)).auditChains()).as(bad)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(Configuration.AUDIT_CHAINS);
        }
    }
}
