package org.opencpms.adapters.dicom;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.opencpms.adapters.dicom.deidentify.Deidentifier;
import org.opencpms.adapters.dicom.receive.InstanceReception;
import org.opencpms.adapters.dicom.storage.FileSystemInstanceFiles;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.audit.CallerOrigin;
import org.opencpms.application.imaging.ReadImagingStudy;
import org.opencpms.application.imaging.ReceiveImagingInstance;
import org.opencpms.application.imaging.SearchImagingStudies;
import org.opencpms.application.imaging.StoreImagingInstance;
import org.opencpms.application.imaging.ReceivedInstance;
import org.opencpms.application.memory.InMemoryAuditTrail;
import org.opencpms.application.memory.InMemoryConsents;
import org.opencpms.application.memory.InMemoryImageArchive;
import org.opencpms.application.memory.InMemoryImagingInstances;
import org.opencpms.application.memory.InMemoryPanels;
import org.opencpms.application.memory.InMemoryPatients;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.Enrolment;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/**
 * The application side of the DICOM tests, real but in memory: a centre whose health professional enrolled the
 * patient of {@link SyntheticCt} (hospital id {@link SyntheticCt#HOSPITAL_ID}) with consent to care and to sharing,
 * the {@link ReceiveImagingInstance} use case on in-memory ports and a file store in a directory of the test's.
 */
public final class ImagingWorld {

    public static final Instant NOW = Instant.parse("2026-03-14T10:00:00Z");
    public static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    public static final String OUR_AE = "OPENCPMS";

    public final ProviderId centre = ProviderId.random();
    public final InMemoryPatients patients = new InMemoryPatients();
    public final InMemoryConsents consents = new InMemoryConsents();
    public final InMemoryImageArchive archive = new InMemoryImageArchive();
    public final InMemoryImagingInstances instances = new InMemoryImagingInstances();
    public final FileSystemInstanceFiles files;
    public final Deidentifier deidentifier = new Deidentifier(KEY, Deidentifier.Dates.SHIFT);
    public final ReceiveImagingInstance useCase;
    public final InstanceReception reception;
    public final InMemoryPanels panels = new InMemoryPanels();
    public final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    /** The health professional of {@link #centre} who enrolled {@link #patient}. */
    public final Actor hp = new Actor(UserId.random(), Set.of(RoleGrant.healthProfessional(Ern.ERKNET, centre)));
    public final PatientId patient;

    public ImagingWorld(Path storage, ConsentKind... consentsGiven) {
        files = new FileSystemInstanceFiles(storage);
        useCase = new ReceiveImagingInstance(patients, consents, files, instances, archive, BurnedInTextRule.STANDARD,
                Clock.fixed(NOW, ZoneOffset.UTC));
        reception = new InstanceReception(deidentifier, OUR_AE);
        patient = enrol(consentsGiven.length == 0 ? new ConsentKind[] {ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN}
                : consentsGiven);
    }

    private PatientId enrol(ConsentKind... kinds) {
        var identity = new IdentifyingData("Wilhelmina", "Zwanenburg", LocalDate.of(1987, 6, 5), Sex.FEMALE,
                new HospitalIdentifier(SyntheticCt.HOSPITAL_ID), new NationalIdentifier(Country.of("NL"), "NAT-5566-4433"));
        var newPatient = new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("brave-okapi-0427")), identity, centre,
                hp.id(), LocalDate.of(2025, 3, 14));
        var given = Arrays.stream(kinds)
                .map(k -> new GivenConsent(k, LocalDate.of(2025, 3, 14), new ConsentForm("v1", "en"), null)).toList();
        var enrolment = Enrolment.enrol(newPatient, given, hp, NOW.minus(Duration.ofDays(365)));
        patients.save(enrolment.patient());
        enrolment.consents().forEach(consents::save);
        return newPatient.id();
    }

    /** The use cases of DICOMweb on the same ports: STOW-RS, WADO-RS and QIDO-RS within a study, QIDO-RS of studies. */
    public StoreImagingInstance store() {
        return new StoreImagingInstance(patients, AccessPolicy.strict(), useCase);
    }

    public ReadImagingStudy read() {
        return new ReadImagingStudy(archive, instances, files, panels, patients, AccessPolicy.strict(), auditing());
    }

    public SearchImagingStudies search() {
        return new SearchImagingStudies(archive, instances, files, panels, patients, AccessPolicy.strict(), auditing());
    }

    private Auditing auditing() {
        return new Auditing(trail, CallerOrigin.embedded(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Receives an instance as the C-STORE listener does for an association of that centre. */
    public Function<ReceivedInstance, ReceiveImagingInstance.Receipt> from(ProviderId sender) {
        return instance -> useCase.handle(new ReceiveImagingInstance.Command(sender, instance));
    }

    public Patient stored() {
        return patients.get(patient);
    }

    /** The pseudonymous study UID of the synthetic study. */
    public String study() {
        return deidentifier.pseudonymousUid(SyntheticCt.UID_ROOT + ".1");
    }

    public List<ImagingInstance> indexed() {
        return instances.ofStudy(new StudyInstanceUid(study()));
    }
}
