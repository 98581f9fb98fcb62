package org.opencpms.adapters.fhir.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class EnrolmentSiteTest {

    private final ProviderId berlin = ProviderId.random();
    private final ProviderId madrid = ProviderId.random();
    private final UserId hp = UserId.random();

    @Test
    void a_health_professional_who_names_no_centre_enrols_at_their_one_centre_for_themselves() {
        var site = EnrolmentSite.of(Actor.of(hp, RoleGrant.healthProfessional(Ern.ERKNET, berlin)), new Patient());

        assertThat(site).isEqualTo(new EnrolmentSite(berlin, hp));
    }

    @Test
    void a_centre_assistant_enrols_for_the_health_professional_they_act_for() {
        var assistant = Actor.of(UserId.random(), RoleGrant.centreAssistant(berlin, hp));

        assertThat(EnrolmentSite.of(assistant, new Patient())).isEqualTo(new EnrolmentSite(berlin, hp));
    }

    @Test
    void a_caller_who_enrols_nowhere_is_refused_as_rest_refuses_them_not_asked_for_a_centre() {
        var auditor = Actor.of(UserId.random(), RoleGrant.auditor(Ern.ERKNET));

        assertThatThrownBy(() -> EnrolmentSite.of(auditor, new Patient())).isInstanceOf(Forbidden.class)
                .extracting(f -> ((DomainException) f).code()).isEqualTo("patient.enrol-forbidden");
    }

    @Test
    void a_caller_of_several_centres_names_one_as_managing_organization() {
        var both = Actor.of(hp, RoleGrant.healthProfessional(Ern.ERKNET, berlin),
                RoleGrant.healthProfessional(Ern.ERKNET, madrid));

        assertThatThrownBy(() -> EnrolmentSite.of(both, new Patient())).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("2 centres");
        var named = new Patient().setManagingOrganization(new Reference("Organization/" + madrid.value()));
        assertThat(EnrolmentSite.of(both, named)).isEqualTo(new EnrolmentSite(madrid, hp));
    }
}
