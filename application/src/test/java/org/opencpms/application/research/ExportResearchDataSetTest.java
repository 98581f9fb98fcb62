package org.opencpms.application.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.PeopleFixtures.identifying;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.application.consent.WithdrawConsent;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.research.AgeBand;
import org.opencpms.domain.research.ResearchRecord;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ExportResearchDataSetTest {

    private static final CodedEntry ALPORT = new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", "Alport syndrome");

    private final PeopleFixtures world = new PeopleFixtures();
    private final ExportResearchDataSet export = new ExportResearchDataSet(world.patients, world.consents, world.panels,
            world.providers, world.strict, world.auditing, world.clock);
    private final ProviderId centre = world.centreIn(Country.of("AT"), PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final Actor researcher = world.person(RoleGrant.researcher(PeopleFixtures.ERN));

    private static ConsultationForm formDiagnosing(CodedEntry diagnosis) {
        return new ConsultationForm("reason", "question", false, null, List.of(diagnosis), null, null, null, null);
    }

    @Test
    void a_researcher_exports_an_anonymised_record_of_each_consenting_patient() {
        var consenting = world.enrol(hp, centre, "MRN-1", ConsentKind.REGISTRY_INCLUSION);
        world.enrol(hp, centre, "MRN-2");
        world.draftPanel(consenting, hp, PeopleFixtures.ERN, formDiagnosing(ALPORT));

        var records = export.handle(new ExportResearchDataSet.Query(researcher));

        assertThat(records).containsExactly(new ResearchRecord(AgeBand.of(14), Sex.FEMALE, Country.of("AT"),
                Set.of(PeopleFixtures.ERN), List.of(ALPORT), List.of(), 0));
    }

    @Test
    void a_withdrawn_consent_takes_the_patient_out_of_the_next_export() {
        var patient = world.enrol(hp, centre, "MRN-1", ConsentKind.RESEARCH_CONTACT);
        var consent = world.consents.ofPatient(patient).get(2);
        new WithdrawConsent(world.consents, world.patients, world.events, world.auditing, world.clock)
                .handle(new WithdrawConsent.Command(hp, consent.id(), null, null, "no more research"));

        assertThat(export.handle(new ExportResearchDataSet.Query(researcher))).isEmpty();
    }

    @Test
    void patients_of_every_centre_are_read_across_pages() {
        var otherCentre = world.centreIn(Country.of("SE"));
        int count = ExportResearchDataSet.CHUNK + 3;
        for (int i = 0; i < count; i++) {
            var atCentre = i % 2 == 0 ? centre : otherCentre;
            var patient = Patient.restore(new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("tidy-otter-" + i)),
                    identifying("MRN-" + i), atCentre, hp.id(), PeopleFixtures.TODAY), 0);
            world.patients.save(patient);
            var consent = Consent.restore(ConsentId.random(),
                    patient.id(), PeopleFixtures.given(ConsentKind.REGISTRY_INCLUSION), hp.id(), PeopleFixtures.NOW,
                    null, 0);
            world.consents.save(consent);
        }

        var records = export.handle(new ExportResearchDataSet.Query(researcher));

        assertThat(records).hasSize(count);
        assertThat(records).filteredOn(r -> r.country().equals(Country.of("SE"))).hasSize(count / 2);
    }

    @Test
    void the_export_is_audited_once_naming_no_patient() {
        world.enrol(hp, centre, "MRN-1", ConsentKind.REGISTRY_INCLUSION);
        world.enrol(hp, centre, "MRN-2", ConsentKind.RESEARCH_CONTACT);
        int before = world.audit().size();

        export.handle(new ExportResearchDataSet.Query(researcher));

        assertThat(world.audit()).hasSize(before + 1);
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(entry.actor()).isEqualTo(researcher.id());
        assertThat(entry.resourceType()).isEqualTo("ResearchDataSet");
        assertThat(entry.resourceId()).isEqualTo("2025-03-14");
        assertThat(entry.patient()).isNull();
        assertThat(entry.purpose()).isEqualTo("2 anonymised records");
    }

    @Test
    void only_researchers_export() {
        assertThatThrownBy(() -> export.handle(new ExportResearchDataSet.Query(hp)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access.research-forbidden");
        assertThat(world.audit()).isEmpty();
    }
}
