package org.opencpms.adapters.persistence.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.randomKey;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {

    private static final String CONTEXT = "patient_identity.given_name:1f0c";

    private final byte[] key = randomKey();
    private final IdentityCipher cipher = new IdentityCipher(key);

    @Test
    void a_value_decrypts_to_itself_in_its_context() {
        String sealed = cipher.encrypt("Émilie 🌷", CONTEXT);
        assertThat(cipher.decrypt(sealed, CONTEXT)).isEqualTo("Émilie 🌷");
        assertThat(cipher.decrypt(cipher.encrypt("", CONTEXT), CONTEXT)).isEmpty();
    }

    @Test
    void a_ciphertext_is_the_key_id_and_base64_of_a_96_bit_iv_the_ciphertext_and_a_128_bit_tag() {
        String sealed = cipher.encrypt("Anna", CONTEXT);

        assertThat(sealed).startsWith(cipher.keyId() + ":").doesNotContain("Anna");
        assertThat(cipher.keyId()).matches("[0-9a-f]{8}");
        byte[] body = Base64.getDecoder().decode(sealed.substring(sealed.indexOf(':') + 1));
        assertThat(body).hasSize(12 + "Anna".length() + 16);
    }

    @Test
    void the_same_value_encrypts_differently_every_time() {
        assertThat(cipher.encrypt("Anna", CONTEXT)).isNotEqualTo(cipher.encrypt("Anna", CONTEXT));
    }

    @Test
    void a_value_moved_to_another_context_does_not_decrypt() {
        String sealed = cipher.encrypt("Anna", CONTEXT);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "patient_identity.family_name:1f0c"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not decrypt")
                .hasMessageNotContaining("Anna");
    }

    @Test
    void an_altered_value_does_not_decrypt() {
        String sealed = cipher.encrypt("Anna", CONTEXT);
        byte[] body = Base64.getDecoder().decode(sealed.substring(sealed.indexOf(':') + 1));
        body[body.length - 1] ^= 1;
        String altered = cipher.keyId() + ":" + Base64.getEncoder().encodeToString(body);
        assertThatThrownBy(() -> cipher.decrypt(altered, CONTEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(cipher.keyId() + ":not base64!", CONTEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(cipher.keyId() + ":AAAA", CONTEXT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_value_of_another_key_fails_naming_both_key_ids() {
        var other = new IdentityCipher(randomKey());
        String sealed = other.encrypt("Anna", CONTEXT);

        assertThat(other.keyId()).isNotEqualTo(cipher.keyId());
        assertThatThrownBy(() -> cipher.decrypt(sealed, CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'" + other.keyId() + "'")
                .hasMessageContaining("'" + cipher.keyId() + "'");
        assertThatThrownBy(() -> cipher.decrypt("no key id at all", CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encrypted with key ''");
    }

    @Test
    void the_same_secret_gives_the_same_key_id_and_decrypts_what_it_encrypted() {
        var again = new IdentityCipher(key.clone());
        assertThat(again.keyId()).isEqualTo(cipher.keyId());
        assertThat(again.decrypt(cipher.encrypt("Anna", CONTEXT), CONTEXT)).isEqualTo("Anna");
        assertThat(again.blindIndex("MRN-1")).isEqualTo(cipher.blindIndex("MRN-1"));
    }

    @Test
    void a_blind_index_is_deterministic_keyed_and_64_hex_digits() {
        String index = cipher.blindIndex("MRN-1");
        assertThat(index).matches("[0-9a-f]{64}").isEqualTo(cipher.blindIndex("MRN-1"));
        assertThat(cipher.blindIndex("MRN-2")).isNotEqualTo(index);
        assertThat(cipher.blindIndex("mrn-1")).isNotEqualTo(index);
        assertThat(new IdentityCipher(randomKey()).blindIndex("MRN-1")).isNotEqualTo(index);
    }

    @Test
    void the_key_must_be_exactly_256_bits() {
        assertThatThrownBy(() -> new IdentityCipher(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256 bits").hasMessageContaining("not 31 bytes");
        assertThatThrownBy(() -> new IdentityCipher(new byte[33]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 33 bytes");
    }

    @Test
    void a_base64_key_is_decoded_and_surrounding_blanks_ignored() {
        String base64 = Base64.getEncoder().encodeToString(key);
        assertThat(IdentityCipher.fromBase64(" " + base64 + "\n").keyId()).isEqualTo(cipher.keyId());
        assertThatThrownBy(() -> IdentityCipher.fromBase64("not base64!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not base64");
    }

    @Test
    void its_text_names_the_key_id_only() {
        assertThat(cipher).hasToString("IdentityCipher[key " + cipher.keyId() + "]");
    }
}
