package org.opencpms.adapters.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.dataset.CustomDataSet;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.dataset.ErnConfigurations;
import org.opencpms.domain.dataset.FieldDefinition;
import org.opencpms.domain.dataset.FieldType;
import org.opencpms.domain.reference.Ern;

/**
 * What every {@link ErnConfigurations} does, whatever stores it. There is one configuration per
 * ERN and the store lives for the whole class, so each test uses ERNs of its own.
 */
abstract class ErnConfigurationsContract {

    private static final CustomDataSet EVERY_TYPE = new CustomDataSet(List.of(
            new FieldDefinition("egfr", "eGFR (ml/min/1.73 m²)", FieldType.NUMBER, List.of(), true),
            new FieldDefinition("biopsy-date", "Date of the \"last\" biopsy", FieldType.DATE, null, false),
            new FieldDefinition("dialysis", "On dialysis?", FieldType.BOOLEAN, List.of(), true),
            new FieldDefinition("stage", "CKD stage", FieldType.CHOICE, List.of("G1", "G2", "G3a", "G3b", "G4", "G5"), true),
            new FieldDefinition("diagnosis", "Orphanet diagnosis", FieldType.CODED, List.of(), false),
            new FieldDefinition("notes_free", "Notes \\\\ remarks, é ü ø", FieldType.TEXT, List.of(), false)));

    protected abstract ErnConfigurations configurations();

    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> query) {
        var result = new Object[1];
        inTransaction(() -> result[0] = query.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    @Test
    void a_saved_configuration_is_found_with_its_quorum_and_every_field_in_order() {
        var configuration = new ErnConfiguration(Ern.ERKNET, EVERY_TYPE, 3);
        inTransaction(() -> configurations().save(configuration));

        var found = read(() -> configurations().find(Ern.ERKNET)).orElseThrow();
        assertThat(found).isEqualTo(configuration);
        assertThat(found.dataSet().fields()).extracting(FieldDefinition::key)
                .containsExactly("egfr", "biopsy-date", "dialysis", "stage", "diagnosis", "notes_free");
    }

    @Test
    void saving_again_replaces_the_erns_configuration() {
        inTransaction(() -> configurations().save(new ErnConfiguration(Ern.BOND, EVERY_TYPE, 3)));
        var replacement = new ErnConfiguration(Ern.BOND, new CustomDataSet(List.of(
                new FieldDefinition("height", "Height (cm)", FieldType.NUMBER, List.of(), true))), 1);
        inTransaction(() -> configurations().save(replacement));

        assertThat(read(() -> configurations().find(Ern.BOND))).contains(replacement);
        assertThat(read(() -> configurations().forErn(Ern.BOND))).isEqualTo(replacement);
    }

    @Test
    void an_empty_data_set_is_stored_as_empty() {
        var configuration = new ErnConfiguration(Ern.CRANIO, CustomDataSet.empty(), 5);
        inTransaction(() -> configurations().save(configuration));
        assertThat(read(() -> configurations().find(Ern.CRANIO))).contains(configuration);
    }

    @Test
    void each_ern_keeps_its_own_configuration() {
        var eye = new ErnConfiguration(Ern.EYE, EVERY_TYPE, 4);
        var skin = new ErnConfiguration(Ern.SKIN, CustomDataSet.empty(), 1);
        inTransaction(() -> {
            configurations().save(eye);
            configurations().save(skin);
        });
        assertThat(read(() -> configurations().find(Ern.EYE))).contains(eye);
        assertThat(read(() -> configurations().find(Ern.SKIN))).contains(skin);
    }

    @Test
    void an_ern_that_configured_nothing_has_none_stored_and_gets_the_default() {
        assertThat(read(() -> configurations().find(Ern.RND))).isEmpty();
        assertThat(read(() -> configurations().forErn(Ern.RND))).isEqualTo(ErnConfiguration.defaultFor(Ern.RND));
    }
}
