package org.opencpms.bootstrap;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opencpms.adapters.persistence.audit.AuditChains;
import org.opencpms.adapters.persistence.patient.IdentityCipher;
import org.opencpms.application.training.TrainingDataSet;
import org.opencpms.application.user.MachineClients;
import org.opencpms.application.user.PlatformOperators;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.research.KAnonymity;

/**
 * The deployment's settings that the composition root reads, all through MicroProfile Config: a system property
 * ({@code -Dopencpms.training=true}) wins over the environment variable of the same name in upper case with
 * underscores ({@code OPENCPMS_TRAINING}), as MicroProfile Config's default sources do. A value that cannot be
 * used fails with a message naming its setting (and never repeating a secret).
 */
public final class Configuration {

    public static final String TRAINING = "opencpms.training";
    public static final String IDENTITY_VISIBILITY = "opencpms.identity-visibility";
    public static final String IDENTITY_KEY = "opencpms.identity-key";
    public static final String OPERATORS = "opencpms.operators";
    public static final String MACHINE_CLIENTS = "opencpms.machine-clients";
    public static final String K_ANONYMITY = "opencpms.research.k-anonymity";
    public static final String CHAT_POLL_INTERVAL = "opencpms.chat.poll-interval-ms";
    public static final String AUDIT_CHAINS = "opencpms.audit.chains";
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on");

    private final Function<String, Optional<String>> values;

    /** @param values the configured value of a setting, if any */
    Configuration(Function<String, Optional<String>> values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /** The configuration of this deployment, from MicroProfile Config. */
    static Configuration ofDeployment() {
        var config = ConfigProvider.getConfig();
        return new Configuration(name -> config.getOptionalValue(name, String.class));
    }

    /**
     * Training mode ({@value #TRAINING}, default false): the synthetic data set is loaded at start and tokens are
     * issued for its accounts. True as MicroProfile Config reads a boolean: {@code true}, {@code 1}, {@code yes},
     * {@code y} or {@code on}, in any case.
     */
    public boolean trainingMode() {
        return value(TRAINING).map(v -> TRUE.contains(v.toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** Who sees identifying data ({@value #IDENTITY_VISIBILITY}): {@code strict} (default) or {@code centre}. */
    public IdentityVisibility identityVisibility() {
        var mode = value(IDENTITY_VISIBILITY).orElse("strict").toUpperCase(Locale.ROOT);
        try {
            return IdentityVisibility.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(IDENTITY_VISIBILITY + " must be one of "
                    + Arrays.toString(IdentityVisibility.values()).toLowerCase(Locale.ROOT) + ", not " + mode.toLowerCase(Locale.ROOT), e);
        }
    }

    /**
     * The k-anonymity of the research export ({@value #K_ANONYMITY}): a whole number of at least 2, by default
     * {@value KAnonymity#DEFAULT_K}.
     */
    public KAnonymity researchKAnonymity() {
        var k = value(K_ANONYMITY).orElse(String.valueOf(KAnonymity.DEFAULT_K));
        try {
            return new KAnonymity(Integer.parseInt(k));
        } catch (RuntimeException e) {
            throw new IllegalStateException(K_ANONYMITY + " must be a whole number of at least 2, not " + k, e);
        }
    }

    /**
     * The cipher of patients' identifying data, from the 256-bit base64 key {@value #IDENTITY_KEY}.
     *
     * @throws IllegalStateException if no key is set, or the key is not 256 bits of base64
     */
    public IdentityCipher identityCipher() {
        var advice = " to 256 random bits in base64 (e.g. the output of: openssl rand -base64 32)";
        var secret = value(IDENTITY_KEY).orElseThrow(() -> new IllegalStateException(
                "no key to encrypt patients' identifying data: set environment variable OPENCPMS_IDENTITY_KEY"
                        + " or system property " + IDENTITY_KEY + advice));
        try {
            return IdentityCipher.fromBase64(secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the key in " + IDENTITY_KEY + " (OPENCPMS_IDENTITY_KEY) is unusable: "
                    + e.getMessage() + "; set it" + advice, e);
        }
    }

    /**
     * The platform operators ({@value #OPERATORS}): comma-separated {@code issuer|subject} pairs naming the OpenID
     * Connect identities that sign in as operators (see {@link PlatformOperators#parse}); in training mode the
     * training operator account ({@code operator}) is one as well.
     *
     * @throws org.opencpms.domain.shared.DomainException if the value does not parse
     */
    public PlatformOperators operators() {
        var configured = PlatformOperators.parse(value(OPERATORS).orElse(null));
        return trainingMode() ? configured.and(TrainingDataSet.subjectOf(TrainingDataSet.OPERATOR)) : configured;
    }

    /**
     * How often each node looks for chat messages committed on other nodes while somebody follows a chat here
     * ({@value #CHAT_POLL_INTERVAL}, milliseconds, 10 to 60000, default 250): the longest extra delay of such a message.
     * Messages committed on this node are pushed at once.
     */
    public Duration chatPollInterval() {
        var millis = value(CHAT_POLL_INTERVAL).orElse("250");
        try {
            long value = Long.parseLong(millis);
            if (value >= 10 && value <= 60_000) {
                return Duration.ofMillis(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(CHAT_POLL_INTERVAL + " must be a whole number of milliseconds from 10 to 60000, not " + millis);
    }

    /**
     * How many chains the audit trail appends to ({@value #AUDIT_CHAINS}, 1 to {@value AuditChains#MAX}, default
     * {@value AuditChains#DEFAULT}): up to that many audited transactions commit at once instead of one after the other.
     */
    public AuditChains auditChains() {
        var count = value(AUDIT_CHAINS).orElse(String.valueOf(AuditChains.DEFAULT));
        try {
            return new AuditChains(Integer.parseInt(count));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(AUDIT_CHAINS + " must be a whole number from 1 to " + AuditChains.MAX + ", not "
                    + count, e);
        }
    }

    /**
     * The machine clients (hospital systems) and the centre each is registered to ({@value #MACHINE_CLIENTS}):
     * comma-separated {@code client-id|centre-id} pairs (see {@link MachineClients#parse}); none by default.
     *
     * @throws org.opencpms.domain.shared.DomainException if the value does not parse
     */
    public MachineClients machineClients() {
        return MachineClients.parse(value(MACHINE_CLIENTS).orElse(null));
    }

    /** The value of a setting, stripped; none when unset or blank. */
    Optional<String> value(String name) {
        return values.apply(name).map(String::strip).filter(v -> !v.isEmpty());
    }
}
