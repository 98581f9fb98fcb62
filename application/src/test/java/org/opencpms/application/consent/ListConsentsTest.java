package org.opencpms.application.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class ListConsentsTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final PatientId patient = world.enrol(hp, centre, "MRN-1", ConsentKind.RESEARCH_CONTACT);

    private ListConsents list(AccessPolicy policy) {
        return new ListConsents(world.patients, world.consents, policy, world.auditing, world.clock);
    }

    @Test
    void a_handler_lists_every_consent_withdrawn_ones_included() {
        var researchContact = world.consents.ofPatient(patient).get(2);
        new WithdrawConsent(world.consents, world.patients, world.events, world.auditing, world.clock)
                .handle(new WithdrawConsent.Command(hp, researchContact.id(), null, null, "no more"));

        var views = list(world.strict).handle(new ListConsents.Query(hp, patient));

        assertThat(views).extracting(v -> v.given().kind())
                .containsExactly(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN, ConsentKind.RESEARCH_CONTACT);
        assertThat(views).extracting(ConsentView::inForce).containsExactly(true, true, false);
        var withdrawn = views.get(2);
        assertThat(withdrawn.id()).isEqualTo(researchContact.id());
        assertThat(withdrawn.withdrawal().orElseThrow().reason()).isEqualTo("no more");
        assertThat(withdrawn.recordedBy()).isEqualTo(hp.id());
        assertThat(withdrawn.recordedAt()).isEqualTo(PeopleFixtures.NOW);
        assertThat(withdrawn.version()).isEqualTo(1);
        assertThat(views.get(0).withdrawal()).isEmpty();
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(entry.actor()).isEqualTo(hp.id());
        assertThat(entry.resourceType()).isEqualTo("Consent");
        assertThat(entry.patient()).isEqualTo(patient);
    }

    @Test
    void in_centre_mode_a_colleague_of_the_centre_lists_them() {
        var colleague = world.hp(centre);

        assertThat(list(new AccessPolicy(IdentityVisibility.CENTRE)).handle(new ListConsents.Query(colleague, patient)))
                .hasSize(3);
    }

    @Test
    void those_who_do_not_see_the_identity_do_not_see_the_consent_records() {
        var colleague = world.hp(centre);
        int before = world.audit().size();

        assertThatThrownBy(() -> list(world.strict).handle(new ListConsents.Query(colleague, patient)))
                .isInstanceOf(AccessForbidden.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.list-forbidden");
        assertThat(world.audit()).hasSize(before);
    }

    @Test
    void an_unknown_patient_is_not_found() {
        assertThatThrownBy(() -> list(world.strict).handle(new ListConsents.Query(hp, PatientId.random())))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
    }
}
