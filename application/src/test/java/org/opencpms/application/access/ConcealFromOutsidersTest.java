package org.opencpms.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.application.access.ConcealFromOutsiders.Kind;
import org.opencpms.application.access.ConcealFromOutsiders.Query;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ConcealFromOutsidersTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ConcealFromOutsiders conceal = new ConcealFromOutsiders(world.patients, world.panels, world.consents,
            world.strict);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final Actor outsider = world.hp(world.centre(PeopleFixtures.ERN));
    private final PatientId patient = world.enrol(hp, centre, "MRN-1");
    private final PanelId panel = world.draftPanel(patient, hp, PeopleFixtures.ERN, ConsultationForm.empty()).id();
    private final UUID consent = world.consents.ofPatient(patient).get(0).id().value();

    @Test
    void whoever_sees_the_target_gets_the_failure_as_it_was() {
        assertThat(conceal.handle(new Query(hp, Kind.PATIENT, patient.value()))).isEmpty();
        assertThat(conceal.handle(new Query(hp, Kind.PANEL, panel.value()))).isEmpty();
        assertThat(conceal.handle(new Query(hp, Kind.CONSENT, consent))).isEmpty();
        var coordinator = world.person(RoleGrant.coordinator(PeopleFixtures.ERN, world.centre(PeopleFixtures.ERN)));
        assertThat(conceal.handle(new Query(coordinator, Kind.PANEL, panel.value())))
                .as("the lead ERN's coordinator sees the panel").isEmpty();
    }

    @Test
    void an_outsider_gets_the_very_failure_of_an_unknown_id() {
        assertSameAsUnknown(Kind.PATIENT, patient.value(), "patient.not-found");
        assertSameAsUnknown(Kind.PANEL, panel.value(), "panel.not-found");
        assertSameAsUnknown(Kind.CONSENT, consent, "consent.not-found");
    }

    private void assertSameAsUnknown(Kind kind, UUID existing, String code) {
        var unknown = UUID.randomUUID();
        DomainException forExisting = conceal.handle(new Query(outsider, kind, existing)).orElseThrow();
        DomainException forUnknown = conceal.handle(new Query(outsider, kind, unknown)).orElseThrow();
        assertThat(forExisting.code()).isEqualTo(code).isEqualTo(forUnknown.code());
        assertThat(forExisting.getMessage().replace(existing.toString(), "{id}"))
                .isEqualTo(forUnknown.getMessage().replace(unknown.toString(), "{id}"));
    }
}
