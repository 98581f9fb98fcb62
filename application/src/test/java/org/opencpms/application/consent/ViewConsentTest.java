package org.opencpms.application.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class ViewConsentTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final PatientId patient = world.enrol(hp, centre, "MRN-1", ConsentKind.RESEARCH_CONTACT);
    private final ViewConsent view = new ViewConsent(world.patients, world.consents, world.strict, world.auditing,
            world.clock);

    @Test
    void a_handler_reads_one_consent_as_the_list_shows_it() {
        var recorded = world.consents.ofPatient(patient).get(2);

        var seen = view.handle(new ViewConsent.Query(hp, recorded.id()));

        var listed = new ListConsents(world.patients, world.consents, world.strict, world.auditing, world.clock)
                .handle(new ListConsents.Query(hp, patient)).get(2);
        assertThat(seen).isEqualTo(listed);
        assertThat(seen.given().kind()).isEqualTo(ConsentKind.RESEARCH_CONTACT);
        var entry = world.audit().get(world.audit().size() - 2);
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.resourceType()).isEqualTo("Consent");
        assertThat(entry.resourceId()).isEqualTo(recorded.id().toString());
        assertThat(entry.patient()).isEqualTo(patient);
    }

    @Test
    void who_may_not_list_the_patients_consents_may_not_read_one() {
        var consent = world.consents.ofPatient(patient).get(0).id();
        var colleague = world.hp(centre);

        assertThatThrownBy(() -> view.handle(new ViewConsent.Query(colleague, consent)))
                .isInstanceOf(AccessForbidden.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.list-forbidden");
    }

    @Test
    void an_unknown_consent_is_not_found() {
        assertThatThrownBy(() -> view.handle(new ViewConsent.Query(hp, ConsentId.random())))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.not-found");
    }
}
