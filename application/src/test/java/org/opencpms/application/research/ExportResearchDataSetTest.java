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
import org.opencpms.domain.research.Area;
import org.opencpms.domain.research.KAnonymity;
import org.opencpms.domain.research.ResearchRecord;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ExportResearchDataSetTest {

    private static final CodedEntry ALPORT = new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", "Alport syndrome");
    private static final CodedEntry MARFAN = new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:558", null);

    private final PeopleFixtures world = new PeopleFixtures();
    private final ProviderId centre = world.centreIn(Country.of("AT"), PeopleFixtures.ERN, PeopleFixtures.OTHER_ERN);
    private final Actor hp = world.person(RoleGrant.healthProfessional(PeopleFixtures.ERN, centre),
            RoleGrant.healthProfessional(PeopleFixtures.OTHER_ERN, centre));
    private final Actor researcher = world.person(RoleGrant.researcher(PeopleFixtures.ERN));

    private ExportResearchDataSet export(int k) {
        return new ExportResearchDataSet(world.cohort, world.patients, world.consents, world.panels, world.providers,
                world.strict, new KAnonymity(k), world.auditing, world.clock);
    }

    private static ConsultationForm formDiagnosing(CodedEntry diagnosis) {
        return new ConsultationForm("reason", "question", false, null, List.of(diagnosis), null, null, null, null);
    }

    private PatientId consentingWithPanel(String mrn, CodedEntry diagnosis) {
        var patient = world.enrol(hp, centre, mrn, ConsentKind.REGISTRY_INCLUSION);
        world.draftPanel(patient, hp, PeopleFixtures.ERN, formDiagnosing(diagnosis));
        return patient;
    }

    @Test
    void a_researcher_exports_the_consenting_patients_of_their_ern_as_recorded_when_k_of_them_share_it() {
        consentingWithPanel("MRN-1", ALPORT);
        consentingWithPanel("MRN-2", ALPORT);
        var notConsenting = world.enrol(hp, centre, "MRN-3");
        world.draftPanel(notConsenting, hp, PeopleFixtures.ERN, formDiagnosing(ALPORT));

        var dataSet = export(2).handle(new ExportResearchDataSet.Query(researcher));

        var recorded = new ResearchRecord(AgeBand.of(14), Sex.FEMALE, Area.of(Country.of("AT")),
                Set.of(PeopleFixtures.ERN), List.of(new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", null)),
                List.of(), 0, 0);
        assertThat(dataSet.records()).containsExactly(recorded, recorded);
        assertThat(dataSet.k()).isEqualTo(2);
        assertThat(dataSet.generalised()).isZero();
        assertThat(dataSet.suppressed()).isZero();
    }

    @Test
    void patients_and_panels_of_other_erns_stay_out_of_the_export() {
        var theirs = world.enrol(hp, centre, "MRN-1", ConsentKind.REGISTRY_INCLUSION);
        world.draftPanel(theirs, hp, PeopleFixtures.OTHER_ERN, formDiagnosing(MARFAN));
        var both = consentingWithPanel("MRN-2", ALPORT);
        world.draftPanel(both, hp, PeopleFixtures.OTHER_ERN, formDiagnosing(MARFAN));
        consentingWithPanel("MRN-3", ALPORT);

        var dataSet = export(2).handle(new ExportResearchDataSet.Query(researcher));

        assertThat(dataSet.records()).hasSize(2).allSatisfy(record -> {
            assertThat(record.erns()).containsExactly(PeopleFixtures.ERN);
            assertThat(record.diagnoses()).extracting(CodedEntry::code).containsExactly("ORPHA:63");
        });
    }

    @Test
    void records_shared_by_fewer_than_k_are_generalised_or_suppressed_and_counted() {
        consentingWithPanel("MRN-1", ALPORT);
        consentingWithPanel("MRN-2", MARFAN);
        consentingWithPanel("MRN-3", new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:93", null));

        var dataSet = export(3).handle(new ExportResearchDataSet.Query(researcher));

        assertThat(dataSet.records()).hasSize(3).allSatisfy(record -> {
            assertThat(record.generalisation()).isEqualTo(1);
            assertThat(record.ageBand()).hasToString("10-19");
            assertThat(record.diagnoses()).as("ORPHAcodes have no parent we can compute: withheld").isEmpty();
        });
        assertThat(dataSet.generalised()).isEqualTo(3);
        assertThat(export(4).handle(new ExportResearchDataSet.Query(researcher)).suppressed()).isEqualTo(3);
    }

    @Test
    void a_withdrawn_consent_takes_the_patient_out_of_the_next_export() {
        var patient = world.enrol(hp, centre, "MRN-1", ConsentKind.RESEARCH_CONTACT);
        world.draftPanel(patient, hp, PeopleFixtures.ERN, formDiagnosing(ALPORT));
        var consent = world.consents.ofPatient(patient).get(2);
        new WithdrawConsent(world.consents, world.patients, world.events, world.auditing, world.clock)
                .handle(new WithdrawConsent.Command(hp, consent.id(), null, null, "no more research"));

        var dataSet = export(2).handle(new ExportResearchDataSet.Query(researcher));

        assertThat(dataSet.records()).isEmpty();
        assertThat(dataSet.suppressed()).as("never a candidate").isZero();
    }

    @Test
    void consenting_patients_of_every_centre_are_read_across_pages() {
        var otherCentre = world.centreIn(Country.of("SE"), PeopleFixtures.ERN);
        int count = ExportResearchDataSet.CHUNK + 3;
        for (int i = 0; i < count; i++) {
            var atCentre = i % 2 == 0 ? centre : otherCentre;
            var patient = Patient.restore(new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("tidy-otter-" + i)),
                    identifying("MRN-" + i), atCentre, hp.id(), PeopleFixtures.TODAY), 0);
            world.patients.save(patient);
            world.consents.save(Consent.restore(ConsentId.random(), patient.id(),
                    PeopleFixtures.given(ConsentKind.REGISTRY_INCLUSION), hp.id(), PeopleFixtures.NOW, null, 0));
            world.draftPanel(patient.id(), world.hp(atCentre), PeopleFixtures.ERN, formDiagnosing(ALPORT));
        }

        var records = export(5).handle(new ExportResearchDataSet.Query(researcher)).records();

        assertThat(records).hasSize(count);
        assertThat(records).filteredOn(r -> r.area().equals(Area.of(Country.of("SE")))).hasSize(count / 2);
    }

    @Test
    void the_export_is_audited_once_naming_no_patient() {
        consentingWithPanel("MRN-1", ALPORT);
        consentingWithPanel("MRN-2", ALPORT);
        int before = world.audit().size();

        export(2).handle(new ExportResearchDataSet.Query(researcher));

        assertThat(world.audit()).hasSize(before + 1);
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(entry.actor()).isEqualTo(researcher.id());
        assertThat(entry.resourceType()).isEqualTo("ResearchDataSet");
        assertThat(entry.resourceId()).isEqualTo("2025-03-14");
        assertThat(entry.patient()).isNull();
        assertThat(entry.purpose()).isEqualTo("2 anonymised records (k = 2, 0 generalised, 0 suppressed)");
    }

    @Test
    void only_researchers_export() {
        assertThatThrownBy(() -> export(5).handle(new ExportResearchDataSet.Query(hp)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access.research-forbidden");
        assertThat(world.audit()).isEmpty();
    }
}
