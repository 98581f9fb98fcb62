package org.opencpms.application.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.patient.DuplicateHospitalIdentifier;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;

/**
 * Patients kept as restored copies, so that callers never share state with the store and a stale
 * version fails with {@link ConcurrentUpdate}, as in the database. Thread-safe.
 */
public final class InMemoryPatients implements Patients {

    private final Map<PatientId, Patient> patients = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Patient> find(PatientId id) {
        return Optional.ofNullable(patients.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized Map<PatientId, Patient> findAll(Collection<PatientId> ids) {
        var found = new HashMap<PatientId, Patient>();
        ids.forEach(id -> find(Require.present(id, "patient-id")).ifPresent(p -> found.put(id, p)));
        return found;
    }

    @Override
    public synchronized void save(Patient patient) {
        var stored = patients.get(patient.id());
        long version = StoredVersions.next("patient", patient.id(), stored == null ? null : stored.version(), patient.version(),
                patient.isNew());
        boolean hospitalIdentifierTaken = patients.values().stream().anyMatch(p -> !p.id().equals(patient.id())
                && p.centre().equals(patient.centre())
                && p.identifyingData().hospitalIdentifier().equals(patient.identifyingData().hospitalIdentifier()));
        if (hospitalIdentifierTaken) {
            throw new DuplicateHospitalIdentifier(patient.centre());
        }
        patients.put(patient.id(), copy(patient, version));
    }

    @Override
    public synchronized Optional<Patient> findByHospitalIdentifier(ProviderId centre, HospitalIdentifier identifier) {
        return patients.values().stream()
                .filter(p -> p.centre().equals(centre) && p.identifyingData().hospitalIdentifier().equals(identifier))
                .findFirst().map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized boolean nicknameTaken(Nickname nickname) {
        return patients.values().stream().anyMatch(p -> p.nickname().equals(nickname));
    }

    @Override
    public synchronized List<Patient> listAtCentre(ProviderId centre, int offset, int limit) {
        return Paging.page(atCentre(centre), offset, limit);
    }

    @Override
    public synchronized List<Patient> listAtCentre(ProviderId centre, Optional<PatientCursor> after, int limit) {
        Require.page(0, limit);
        return atCentre(centre).stream()
                .filter(p -> after.map(position -> position.precedes(p)).orElse(true))
                .limit(limit)
                .toList();
    }

    private List<Patient> atCentre(ProviderId centre) {
        return patients.values().stream()
                .filter(p -> p.centre().equals(centre))
                .sorted(Comparator.comparing(PatientCursor::of, PatientCursor.LIST_ORDER))
                .map(p -> copy(p, p.version()))
                .toList();
    }

    @Override
    public synchronized List<Patient> page(int offset, int limit) {
        var all = patients.values().stream()
                .sorted(Comparator.comparing(p -> p.id().toString()))
                .map(p -> copy(p, p.version()))
                .toList();
        return Paging.page(all, offset, limit);
    }

    private static Patient copy(Patient p, long version) {
        return Patient.restore(new NewPatient(p.id(), p.pseudonym(), p.identifyingData(), p.centre(), p.enrollingHp(),
                p.enrolledOn()), version);
    }
}
