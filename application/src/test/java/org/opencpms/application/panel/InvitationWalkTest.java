package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;

/**
 * The walk of one invitation request ({@code POST /api/panels/{id}/invitations}): the REST edge makes one call,
 * {@link InviteExpert} (one {@code @Transactional} use case, so one transaction), and answers what it returns. That
 * call loads the panel once, saves it once, loads its patient once (for the patient's card), appends one audit entry
 * and answers the panel the lead now sees, at the version stored (the next {@code ETag}). Before, a second transaction loaded and parsed the panel again and appended
 * a second ("view panel") entry; this test fails if either comes back.
 */
class InvitationWalkTest {

    private final PanelFixtures world = new PanelFixtures();
    private final CountingPanels panels = new CountingPanels(world.panels);
    private final CountingPatients patients = new CountingPatients(world.patients);
    private final InviteExpert invite = new InviteExpert(panels, patients, world.policy, world.users,
            world.events, world.auditing, world.clock);

    @Test
    void an_invitation_loads_the_panel_once_saves_it_once_audits_once_and_answers_the_panel_after_it() {
        var panel = world.inSelection();
        long version = world.version(panel);
        var expert = world.expert(OTHER_ERN);

        var answer = invite.handle(new InviteExpert.Command(world.lead, panel, version, expert.id()));

        assertThat(panels.loads).as("panel loads").isEqualTo(1);
        assertThat(panels.saves).as("panel saves").isEqualTo(1);
        assertThat(patients.loads).as("patient loads").isEqualTo(1);
        assertThat(world.audit()).as("audit entries").singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo(AuditAction.UPDATE));
        assertThat(answer).hasValueSatisfying(view -> {
            assertThat(view.version()).isEqualTo(version + 1).isEqualTo(world.version(panel));
            assertThat(view.invitations()).singleElement()
                    .satisfies(i -> assertThat(i.invitee()).isEqualTo(expert.id()));
        });
    }

    /** The in-memory panels, counting the loads and saves that go through them. */
    private static final class CountingPanels implements Panels {

        private final Panels stored;
        private int loads;
        private int saves;

        CountingPanels(Panels stored) {
            this.stored = stored;
        }

        @Override
        public Optional<Panel> find(PanelId id) {
            loads++;
            return stored.find(id);
        }

        @Override
        public void save(Panel panel) {
            saves++;
            stored.save(panel);
        }

        @Override
        public List<Panel> ofPatient(PatientId patient) {
            loads++;
            return stored.ofPatient(patient);
        }

        @Override
        public List<Panel> involving(UserId user, int offset, int limit) {
            loads++;
            return stored.involving(user, offset, limit);
        }

        @Override
        public List<Panel> involving(UserId user, Optional<PanelCursor> after, int limit) {
            loads++;
            return stored.involving(user, after, limit);
        }
    }

    /** The in-memory patients, counting the loads that go through them. */
    private static final class CountingPatients implements Patients {

        private final Patients stored;
        private int loads;

        CountingPatients(Patients stored) {
            this.stored = stored;
        }

        @Override
        public Optional<Patient> find(PatientId id) {
            loads++;
            return stored.find(id);
        }

        @Override
        public Map<PatientId, Patient> findAll(Collection<PatientId> ids) {
            loads++;
            return stored.findAll(ids);
        }

        @Override
        public void save(Patient patient) {
            stored.save(patient);
        }

        @Override
        public Optional<Patient> findByHospitalIdentifier(ProviderId centre, HospitalIdentifier identifier) {
            loads++;
            return stored.findByHospitalIdentifier(centre, identifier);
        }

        @Override
        public boolean nicknameTaken(Nickname nickname) {
            return stored.nicknameTaken(nickname);
        }

        @Override
        public List<Patient> listAtCentre(ProviderId centre, int offset, int limit) {
            loads++;
            return stored.listAtCentre(centre, offset, limit);
        }

        @Override
        public List<Patient> listAtCentre(ProviderId centre, Optional<PatientCursor> after, int limit) {
            loads++;
            return stored.listAtCentre(centre, after, limit);
        }

        @Override
        public List<Patient> page(int offset, int limit) {
            loads++;
            return stored.page(offset, limit);
        }
    }
}
