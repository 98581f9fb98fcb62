package org.opencpms.domain.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class AnonymiserTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final ProviderId centre = ProviderId.random();
    private final Actor hp = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.BOND, centre));
    private final Patient patient = Patient.enrol(new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("brave-lynx-0007")),
            new IdentifyingData("Greta", "Kowalczyk", LocalDate.of(2014, 6, 2), Sex.FEMALE, new HospitalIdentifier("K-77"), null),
            centre, hp.id(), TODAY), hp, NOW);
    private final CodedEntry diagnosis = new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:558", "Marfan syndrome");
    private final CodedEntry phenotype = new CodedEntry(CodingSystem.HPO, "HP:0001166", "Arachnodactyly");

    private PatientConsents consents(ConsentKind... kinds) {
        return new PatientConsents(patient.id(), Set.of(kinds));
    }

    private Panel panel(Ern ern) {
        var form = new ConsultationForm("Tall stature", "Confirm diagnosis?", false, List.of(), List.of(diagnosis, diagnosis),
                List.of(phenotype), Map.of(), List.of(), Optional.empty());
        return Panel.draft(PanelId.random(), patient.id(), centre, ern, hp, form,
                consents(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN), NOW);
    }

    @Test
    void a_patient_without_research_or_registry_consent_is_left_out() {
        assertThat(Anonymiser.anonymise(patient, consents(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN),
                List.of(panel(Ern.BOND)), Set.of(Ern.BOND), Country.of("PL"), TODAY)).isEmpty();
    }

    @Test
    void a_consenting_patient_becomes_a_record_with_an_age_band_country_and_codes_only() {
        var bondPanel = panel(Ern.BOND);
        var record = Anonymiser.anonymise(patient, consents(ConsentKind.CARE, ConsentKind.REGISTRY_INCLUSION),
                List.of(bondPanel), Set.of(Ern.BOND), Country.of("PL"), TODAY).orElseThrow();

        assertThat(record.ageBand()).isEqualTo(new AgeBand(10, 14));
        assertThat(record.sex()).isEqualTo(Sex.FEMALE);
        assertThat(record.area()).isEqualTo(Area.of(Country.of("PL")));
        assertThat(record.erns()).containsExactly(Ern.BOND);
        assertThat(record.diagnoses()).as("codes only, once").containsExactly(new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:558", null));
        assertThat(record.phenotypes()).containsExactly(new CodedEntry(CodingSystem.HPO, "HP:0001166", null));
        assertThat(record.closedPanels()).isZero();
        assertThat(record.generalisation()).isZero();
        assertThat(record.toString()).doesNotContain("Greta", "Kowalczyk", "K-77", "2014", "brave-lynx", patient.id().toString(),
                bondPanel.id().toString(), "Marfan", "Arachnodactyly");
    }

    @Test
    void deleted_panels_and_panels_of_other_erns_contribute_nothing_and_without_a_panel_there_is_no_record() {
        var deleted = panel(Ern.BOND);
        deleted.delete(hp, NOW);
        var research = consents(ConsentKind.RESEARCH_CONTACT);

        assertThat(Anonymiser.anonymise(patient, research, List.of(deleted), Set.of(Ern.BOND), Country.of("PL"), TODAY))
                .isEmpty();
        assertThat(Anonymiser.anonymise(patient, research, List.of(panel(Ern.BOND)), Set.of(Ern.ERKNET),
                Country.of("PL"), TODAY)).as("a panel of another ERN").isEmpty();
        var record = Anonymiser.anonymise(patient, research, List.of(panel(Ern.BOND), deleted), Set.of(Ern.BOND, Ern.ERKNET),
                Country.of("PL"), TODAY).orElseThrow();
        assertThat(record.erns()).containsExactly(Ern.BOND);
        assertThatThrownBy(() -> Anonymiser.anonymise(patient, new PatientConsents(PatientId.random(), Set.of(ConsentKind.RESEARCH_CONTACT)),
                List.of(), Set.of(Ern.BOND), Country.of("PL"), TODAY)).extracting("code").isEqualTo("consents.invalid");
    }

    @Test
    void age_bands_are_five_years_wide_and_open_ended_from_ninety() {
        assertThat(AgeBand.of(0)).hasToString("0-4");
        assertThat(AgeBand.of(4)).hasToString("0-4");
        assertThat(AgeBand.of(5)).hasToString("5-9");
        assertThat(AgeBand.of(89)).hasToString("85-89");
        assertThat(AgeBand.of(90)).hasToString("90+");
        assertThat(AgeBand.of(104)).isEqualTo(AgeBand.of(90));
        assertThatThrownBy(() -> AgeBand.of(-1)).extracting("code").isEqualTo("age-band.invalid");
        assertThatThrownBy(() -> new AgeBand(3, 7)).extracting("code").isEqualTo("age-band.invalid");
        assertThatThrownBy(() -> new AgeBand(5, 10)).extracting("code").isEqualTo("age-band.invalid");
        assertThatThrownBy(() -> new AgeBand(95, 99)).extracting("code").isEqualTo("age-band.invalid");
        assertThatThrownBy(() -> new AgeBand(-5, -1)).extracting("code").isEqualTo("age-band.invalid");
        assertThatThrownBy(() -> new AgeBand(85, Integer.MAX_VALUE)).extracting("code").isEqualTo("age-band.invalid");
    }

    @Test
    void a_five_year_band_widens_to_ten_years_then_twenty_then_any_age() {
        assertThat(AgeBand.of(14).widened(0)).hasToString("10-14");
        assertThat(AgeBand.of(14).widened(1)).hasToString("10-19");
        assertThat(AgeBand.of(14).widened(2)).hasToString("0-19");
        assertThat(AgeBand.of(14).widened(3)).hasToString("any");
        assertThat(AgeBand.of(93).widened(1)).hasToString("90+");
        assertThat(AgeBand.of(93).widened(2)).hasToString("80+");
        assertThat(AgeBand.of(84).widened(2)).hasToString("80+");
        assertThat(AgeBand.of(77).widened(2)).hasToString("60-79");
        assertThatThrownBy(() -> AgeBand.of(14).widened(1).widened(1)).extracting("code").isEqualTo("age-band.invalid");
    }
}
