package org.opencpms.application.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Subject;

class TrainingDataSetTest {

    @Test
    void every_account_has_its_own_username_and_an_address_that_never_delivers() {
        assertThat(TrainingDataSet.accounts()).extracting(TrainingAccount::username).doesNotHaveDuplicates();
        assertThat(TrainingDataSet.accounts()).allSatisfy(account -> {
            assertThat(account.email().value()).isEqualTo(account.username() + "@training.opencpms.invalid");
            assertThat(account.displayName()).endsWith("(training)");
        });
    }

    @Test
    void an_account_is_identified_by_the_training_issuer_and_its_username() {
        var account = TrainingDataSet.account(TrainingDataSet.HP_BERLIN);

        assertThat(account.subject()).isEqualTo(new Subject("https://training.opencpms.invalid", "hp.berlin"));
        assertThat(TrainingDataSet.subjectOf("hp.berlin")).isEqualTo(account.subject());
        assertThatThrownBy(() -> TrainingDataSet.account("hp.atlantis")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_username_is_lower_case_words_separated_by_dots() {
        assertThatThrownBy(() -> new TrainingAccount("HP Berlin", "HP Berlin (training)",
                EmailAddress.of("hp@training.opencpms.invalid"), Country.of("DE"), "Leads panels."))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void the_patients_have_invented_names_and_training_hospital_identifiers_each_their_own() {
        assertThat(TrainingDataSet.PATIENTS).hasSize(20);
        assertThat(TrainingDataSet.PATIENTS).extracting(TrainingDataSet.SyntheticPatient::familyName)
                .doesNotHaveDuplicates().containsExactlyElementsOf(TrainingDataSet.FAMILY_NAMES);
        assertThat(TrainingDataSet.PATIENTS).extracting(TrainingDataSet.SyntheticPatient::hospitalIdentifier)
                .doesNotHaveDuplicates().allMatch(id -> id.matches("TRN-0001[0-2]\\d"));
    }
}
