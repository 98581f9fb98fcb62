package org.opencpms.application.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.PeopleFixtures.given;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.ConsentRecorded;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class RecordConsentTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final RecordConsent record = new RecordConsent(world.patients, world.consents, world.events, world.auditing,
            world.clock);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final PatientId patient = world.enrol(hp, centre, "MRN-1");

    @Test
    void the_enrolling_health_professional_records_a_consent() {
        var id = record.handle(new RecordConsent.Command(hp, patient, given(ConsentKind.REGISTRY_INCLUSION)));

        var consent = world.consents.get(id);
        assertThat(consent.patient()).isEqualTo(patient);
        assertThat(consent.given()).isEqualTo(given(ConsentKind.REGISTRY_INCLUSION));
        assertThat(consent.recordedBy()).isEqualTo(hp.id());
        assertThat(consent.recordedAt()).isEqualTo(PeopleFixtures.NOW);
        assertThat(world.events.published(ConsentRecorded.class)).last()
                .satisfies(e -> assertThat(e.consent()).isEqualTo(id));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.actor()).isEqualTo(hp.id());
        assertThat(entry.resourceType()).isEqualTo("Consent");
        assertThat(entry.resourceId()).isEqualTo(id.toString());
        assertThat(entry.patient()).isEqualTo(patient);
        assertThat(entry.purpose()).isEqualTo("consent recorded: REGISTRY_INCLUSION");
    }

    @Test
    void their_assistant_records_one_too() {
        var assistant = world.assistantOf(hp, centre);

        var id = record.handle(new RecordConsent.Command(assistant, patient, given(ConsentKind.RESEARCH_CONTACT)));

        assertThat(world.consents.get(id).recordedBy()).isEqualTo(assistant.id());
    }

    @Test
    void nobody_else_records_a_consent() {
        int before = world.consents.ofPatient(patient).size();

        assertThatThrownBy(() -> record.handle(new RecordConsent.Command(world.hp(centre), patient,
                given(ConsentKind.REGISTRY_INCLUSION))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.forbidden");
        assertThat(world.consents.ofPatient(patient)).hasSize(before);
    }

    @Test
    void an_unknown_patient_is_not_found() {
        assertThatThrownBy(() -> record.handle(new RecordConsent.Command(hp, PatientId.random(),
                given(ConsentKind.CARE))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
    }
}
