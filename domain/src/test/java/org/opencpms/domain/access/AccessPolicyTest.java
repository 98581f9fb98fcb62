package org.opencpms.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.access.AccessFixtures.ASSISTANT;
import static org.opencpms.domain.access.AccessFixtures.CENTRE;
import static org.opencpms.domain.access.AccessFixtures.ERN;
import static org.opencpms.domain.access.AccessFixtures.HP;
import static org.opencpms.domain.access.AccessFixtures.HP_ID;
import static org.opencpms.domain.access.AccessFixtures.NOW;
import static org.opencpms.domain.access.AccessFixtures.OTHER_CENTRE;
import static org.opencpms.domain.access.AccessFixtures.OTHER_ERN;
import static org.opencpms.domain.access.AccessFixtures.panelOf;
import static org.opencpms.domain.access.AccessFixtures.patient;
import static org.opencpms.domain.access.AccessFixtures.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.panel.PanelNotFound;
import org.opencpms.domain.patient.PatientNotFound;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class AccessPolicyTest {

    private final AccessPolicy strict = AccessPolicy.strict();
    private final AccessPolicy centreMode = new AccessPolicy(IdentityVisibility.CENTRE);
    private final Actor colleague = person(RoleGrant.healthProfessional(ERN, CENTRE));
    private final Actor colleaguesAssistant = person(RoleGrant.centreAssistant(CENTRE, colleague.id()));
    private final Actor expert = person(RoleGrant.healthProfessional(ERN, OTHER_CENTRE));

    @Test
    void strict_is_the_default_mode() {
        assertThat(AccessPolicy.strict().mode()).isEqualTo(IdentityVisibility.STRICT);
        assertThatThrownBy(() -> new AccessPolicy(null)).extracting("code").isEqualTo("identity-visibility.invalid");
    }

    @Test
    void in_strict_mode_only_the_enrolling_hp_and_their_assistant_see_identity() {
        var patient = patient();

        assertThat(strict.seesIdentity(HP, patient)).isTrue();
        assertThat(strict.seesIdentity(ASSISTANT, patient)).isTrue();
        assertThat(strict.seesIdentity(colleague, patient)).isFalse();
        assertThat(strict.seesIdentity(colleaguesAssistant, patient)).isFalse();
        assertThat(strict.seesIdentity(person(RoleGrant.coordinator(ERN, CENTRE)), patient)).isFalse();
        assertThat(strict.seesIdentity(person(RoleGrant.panelManager(ERN, CENTRE)), patient)).isFalse();
    }

    @Test
    void in_centre_mode_every_hp_and_assistant_of_the_centre_sees_identity_but_nobody_elsewhere() {
        var patient = patient();

        assertThat(centreMode.seesIdentity(HP, patient)).isTrue();
        assertThat(centreMode.seesIdentity(colleague, patient)).isTrue();
        assertThat(centreMode.seesIdentity(colleaguesAssistant, patient)).isTrue();
        assertThat(centreMode.seesIdentity(expert, patient)).isFalse();
        assertThat(centreMode.seesIdentity(person(RoleGrant.panelManager(ERN, CENTRE)), patient)).isFalse();
        assertThat(centreMode.seesIdentity(person(RoleGrant.researcher(ERN)), patient)).isFalse();
    }

    @Test
    void the_enrolling_hp_who_left_the_centre_no_longer_sees_identity() {
        var patient = patient();
        var movedAway = Actor.of(HP_ID, RoleGrant.healthProfessional(ERN, OTHER_CENTRE));

        assertThat(strict.seesIdentity(movedAway, patient)).isFalse();
    }

    @Test
    void panel_members_see_the_patient_pseudonymously_and_for_outsiders_it_does_not_exist() {
        var patient = patient();
        var panel = panelOf(patient);
        panel.submit(HP, new PatientConsents(patient.id(), java.util.Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN)),
                ErnConfiguration.defaultFor(ERN), NOW);
        panel.invite(expert, HP, NOW);

        assertThat(strict.mayViewPatient(expert, patient, List.of(panel))).isTrue();
        assertThat(strict.seesIdentity(expert, patient)).isFalse();
        assertThat(strict.mayViewPatient(colleague, patient, List.of(panel))).isFalse();
        assertThat(strict.mayViewPatient(colleague, patient, List.of())).isFalse();
        assertThat(strict.mayViewPatient(HP, patient, List.of())).isTrue();
        assertThatThrownBy(() -> strict.requireViewPatient(colleague, patient, List.of(panel)))
                .isInstanceOf(PatientNotFound.class).hasMessage(new PatientNotFound(patient.id()).getMessage());
        assertThatCode(() -> strict.requireViewPatient(expert, patient, List.of(panel))).doesNotThrowAnyException();
    }

    @Test
    void a_panel_is_seen_by_its_participants_invitees_ern_staff_and_the_patients_handlers_and_by_nobody_else() {
        var patient = patient();
        var panel = panelOf(patient);

        assertThat(strict.mayViewPanel(HP, panel, patient)).as("lead").isTrue();
        assertThat(strict.mayViewPanel(ASSISTANT, panel, patient)).as("lead's assistant").isTrue();
        assertThat(strict.mayViewPanel(person(RoleGrant.coordinator(ERN, OTHER_CENTRE)), panel, patient)).isTrue();
        assertThat(strict.mayViewPanel(person(RoleGrant.dispatcher(ERN, OTHER_CENTRE)), panel, patient)).isTrue();
        assertThat(strict.mayViewPanel(person(RoleGrant.panelManager(ERN, OTHER_CENTRE)), panel, patient)).isTrue();
        assertThat(strict.mayViewPanel(person(RoleGrant.coordinator(OTHER_ERN, OTHER_CENTRE)), panel, patient)).isFalse();
        assertThat(strict.mayViewPanel(person(RoleGrant.panelManager(OTHER_ERN, OTHER_CENTRE)), panel, patient)).isFalse();
        assertThat(strict.mayViewPanel(colleague, panel, patient)).isFalse();
        assertThat(centreMode.mayViewPanel(colleague, panel, patient)).isTrue();
        assertThat(strict.mayViewPanel(expert, panel, patient)).isFalse();
        assertThat(strict.mayViewPanel(person(RoleGrant.researcher(ERN)), panel, patient)).isFalse();
        assertThat(strict.mayViewPanel(person(RoleGrant.guestExpert(panel.id())), panel, patient)).isFalse();
        assertThatThrownBy(() -> strict.requireViewPanel(expert, panel, patient))
                .as("the same failure as an unknown id").isInstanceOf(PanelNotFound.class)
                .hasMessage(new PanelNotFound(panel.id()).getMessage());
        assertThatCode(() -> strict.requireViewPanel(HP, panel, patient)).doesNotThrowAnyException();
    }

    @Test
    void an_invited_guest_sees_that_panel_and_no_other() {
        var patient = patient();
        var panel = panelOf(patient);
        var other = panelOf(patient);
        var consents = new PatientConsents(patient.id(), java.util.Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN));
        panel.submit(HP, consents, ErnConfiguration.defaultFor(ERN), NOW);
        var guest = person(RoleGrant.guestExpert(panel.id()));
        panel.invite(guest, HP, NOW);

        assertThat(strict.mayViewPanel(guest, panel, patient)).isTrue();
        panel.accept(guest, NOW);
        assertThat(strict.mayViewPanel(guest, panel, patient)).isTrue();
        assertThat(strict.mayViewPanel(guest, other, patient)).isFalse();
    }

    @Test
    void a_deleted_panel_is_seen_by_nobody() {
        var patient = patient();
        var panel = panelOf(patient);
        panel.delete(HP, NOW);

        assertThat(strict.mayViewPanel(HP, panel, patient)).isFalse();
        assertThat(strict.mayViewPanel(person(RoleGrant.coordinator(ERN, CENTRE)), panel, patient)).isFalse();
    }

    @Test
    void the_patients_of_a_centre_are_listed_by_its_hps_and_assistants_only() {
        assertThat(strict.mayListPatientsAt(HP, CENTRE)).isTrue();
        assertThat(strict.mayListPatientsAt(ASSISTANT, CENTRE)).isTrue();
        assertThat(strict.mayListPatientsAt(expert, CENTRE)).isFalse();
        assertThat(strict.mayListPatientsAt(person(RoleGrant.panelManager(ERN, CENTRE)), CENTRE)).isFalse();
        assertThatThrownBy(() -> strict.requireListPatientsAt(expert, CENTRE))
                .extracting("code").isEqualTo("access.patient-list-forbidden");
        assertThatCode(() -> strict.requireListPatientsAt(HP, CENTRE)).doesNotThrowAnyException();
    }

    @Test
    void consent_records_are_listed_by_those_who_see_the_identity_and_nobody_else() {
        var patient = patient();

        assertThatCode(() -> strict.requireListConsents(HP, patient)).doesNotThrowAnyException();
        assertThatCode(() -> strict.requireListConsents(ASSISTANT, patient)).doesNotThrowAnyException();
        assertThatCode(() -> centreMode.requireListConsents(colleague, patient)).doesNotThrowAnyException();
        for (Actor other : List.of(colleague, person(RoleGrant.coordinator(ERN, CENTRE)), person(RoleGrant.auditor(null)))) {
            assertThatThrownBy(() -> strict.requireListConsents(other, patient))
                    .isInstanceOf(AccessForbidden.class).extracting("code").isEqualTo("consent.list-forbidden");
        }
        assertThatThrownBy(() -> centreMode.requireListConsents(expert, patient))
                .extracting("code").isEqualTo("consent.list-forbidden");
    }

    @Test
    void an_account_is_seen_by_its_user_and_by_coordinators_of_any_ern() {
        var coordinator = person(RoleGrant.coordinator(OTHER_ERN, OTHER_CENTRE));

        assertThatCode(() -> strict.requireViewUser(HP, HP_ID)).doesNotThrowAnyException();
        assertThatCode(() -> strict.requireViewUser(coordinator, HP_ID)).doesNotThrowAnyException();
        for (Actor other : List.of(colleague, ASSISTANT, person(RoleGrant.dispatcher(ERN, CENTRE)), person(RoleGrant.auditor(null)))) {
            assertThatThrownBy(() -> strict.requireViewUser(other, HP_ID))
                    .isInstanceOf(AccessForbidden.class).extracting("code").isEqualTo("access.user-forbidden");
        }
    }

    @Test
    void the_pending_access_requests_of_an_ern_are_seen_by_its_coordinators_only() {
        var coordinator = person(RoleGrant.coordinator(ERN, CENTRE));

        assertThatCode(() -> strict.requireListAccessRequests(coordinator, ERN)).doesNotThrowAnyException();
        for (Actor other : List.of(person(RoleGrant.coordinator(OTHER_ERN, CENTRE)), person(RoleGrant.dispatcher(ERN, CENTRE)), HP)) {
            assertThatThrownBy(() -> strict.requireListAccessRequests(other, ERN))
                    .isInstanceOf(AccessForbidden.class).extracting("code").isEqualTo("access-request.list-forbidden");
        }
    }

    @Test
    void kpis_are_read_by_coordinators_of_the_ern_and_overall_by_any_coordinator() {
        var coordinator = person(RoleGrant.coordinator(ERN, CENTRE));

        assertThatCode(() -> strict.requireReadKpis(coordinator, ERN)).doesNotThrowAnyException();
        assertThatCode(() -> strict.requireReadKpis(coordinator, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> strict.requireReadKpis(coordinator, OTHER_ERN)).extracting("code").isEqualTo("access.kpi-forbidden");
        assertThatThrownBy(() -> strict.requireReadKpis(person(RoleGrant.dispatcher(ERN, CENTRE)), ERN))
                .extracting("code").isEqualTo("access.kpi-forbidden");
        assertThatThrownBy(() -> strict.requireReadKpis(HP, null)).extracting("code").isEqualTo("access.kpi-forbidden");
    }

    @Test
    void research_data_is_for_researchers_and_the_audit_trail_for_auditors() {
        var researcher = person(RoleGrant.researcher(ERN));
        var auditor = person(RoleGrant.auditor(null));

        assertThatCode(() -> strict.requireResearchAccess(researcher)).doesNotThrowAnyException();
        assertThatThrownBy(() -> strict.requireResearchAccess(HP)).extracting("code").isEqualTo("access.research-forbidden");
        assertThatCode(() -> strict.requireReadAudit(auditor)).doesNotThrowAnyException();
        assertThatThrownBy(() -> strict.requireReadAudit(HP)).extracting("code").isEqualTo("access.audit-forbidden");
    }

    @Test
    void a_patients_audit_trail_is_exported_by_the_auditors_of_its_panels_erns_and_by_those_who_see_the_identity() {
        var patient = patient();
        var panels = List.of(panelOf(patient));

        assertThatCode(() -> strict.requireExportPatientAudit(person(RoleGrant.auditor(ERN)), patient, panels))
                .doesNotThrowAnyException();
        assertThatCode(() -> strict.requireExportPatientAudit(person(RoleGrant.auditor(null)), patient, List.of()))
                .as("network-wide").doesNotThrowAnyException();
        assertThatCode(() -> strict.requireExportPatientAudit(HP, patient, List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> strict.requireExportPatientAudit(person(RoleGrant.auditor(OTHER_ERN)), patient, panels))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("access.audit-forbidden");
        assertThatThrownBy(() -> strict.requireExportPatientAudit(colleague, patient, panels))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("access.audit-forbidden");
    }

    @Test
    void an_auditor_reads_the_trail_of_their_erns_and_a_researcher_exports_theirs() {
        assertThat(strict.auditedErns(person(RoleGrant.auditor(ERN)))).contains(java.util.Set.of(ERN));
        assertThat(strict.auditedErns(person(RoleGrant.auditor(ERN), RoleGrant.auditor(null)))).isEmpty();
        assertThat(strict.researchedErns(person(RoleGrant.researcher(ERN), RoleGrant.researcher(OTHER_ERN))))
                .containsExactlyInAnyOrder(ERN, OTHER_ERN);
        assertThatThrownBy(() -> strict.auditedErns(HP)).extracting("code").isEqualTo("access.audit-forbidden");
        assertThatThrownBy(() -> strict.researchedErns(HP)).extracting("code").isEqualTo("access.research-forbidden");
    }

    @Test
    void an_imaging_study_is_seen_at_the_centre_that_sent_it_and_by_who_sees_its_panel_nobody_else() {
        var patient = patient();
        var panel = panelOf(patient);

        assertThat(strict.mayViewStudy(colleague, patient, java.util.Optional.empty())).as("sending centre").isTrue();
        assertThat(strict.mayViewStudy(colleaguesAssistant, patient, java.util.Optional.empty())).isTrue();
        assertThat(strict.mayViewStudy(expert, patient, java.util.Optional.empty())).as("unattached").isFalse();
        assertThat(strict.mayViewStudy(HP, patient, java.util.Optional.of(panel))).as("lead").isTrue();
        assertThat(strict.mayViewStudy(person(RoleGrant.researcher(ERN)), patient, java.util.Optional.of(panel))).isFalse();
        assertThat(strict.mayViewStudy(expert, patient, java.util.Optional.of(panel))).as("not invited").isFalse();
    }

    @Test
    void images_are_sent_for_the_centres_where_one_works() {
        assertThat(strict.imagingCentresOf(HP)).containsExactly(CENTRE);
        assertThat(strict.imagingCentresOf(ASSISTANT)).containsExactly(CENTRE);
        assertThat(strict.imagingCentresOf(person(RoleGrant.researcher(ERN)))).isEmpty();
        assertThat(strict.imagingCentresOf(person(RoleGrant.panelManager(ERN, OTHER_CENTRE)))).isEmpty();
    }

    @Test
    void only_those_who_handle_the_patient_release_their_images_from_quarantine() {
        var patient = patient();

        assertThat(centreMode.mayReleaseFromQuarantine(HP, patient)).isTrue();
        assertThat(centreMode.mayReleaseFromQuarantine(ASSISTANT, patient)).isTrue();
        assertThat(centreMode.mayReleaseFromQuarantine(colleague, patient)).isFalse();
        assertThat(strict.mayReleaseFromQuarantine(expert, patient)).isFalse();
    }
}
