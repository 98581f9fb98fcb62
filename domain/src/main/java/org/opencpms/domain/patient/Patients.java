package org.opencpms.domain.patient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;

/**
 * Port: the enrolled patients. Nicknames are unique across all patients, hospital identifiers
 * within a centre. Never returns null; saving a patient whose version is stale fails with a
 * {@code Conflict}.
 */
public interface Patients {

    Optional<Patient> find(PatientId id);

    /**
     * The stored patients among {@code ids}, by id; ids of no stored patient are left out. One look-up for the
     * patients of a page of panels, instead of one per panel.
     */
    Map<PatientId, Patient> findAll(Collection<PatientId> ids);

    /** @throws PatientNotFound {@code patient.not-found} */
    default Patient get(PatientId id) {
        return find(id).orElseThrow(() -> new PatientNotFound(id));
    }

    /**
     * Stores the patient: a {@linkplain Patient#isNew() new} one is inserted (refused with a {@code Conflict} if
     * already stored), any other one replaces the stored version it was read at.
     *
     * @throws DuplicateHospitalIdentifier {@code patient.duplicate-hospital-identifier} when another patient of
     *         the centre has the same hospital identifier
     */
    void save(Patient patient);

    /** The patient of this centre with this hospital identifier, if any. */
    Optional<Patient> findByHospitalIdentifier(ProviderId centre, HospitalIdentifier identifier);

    /** Whether any patient, at any centre, already has this nickname. */
    boolean nicknameTaken(Nickname nickname);

    /**
     * One page of the centre's patients, most recently enrolled first, ties by id as its canonical
     * text ({@link PatientCursor#LIST_ORDER}).
     *
     * @param offset how many to skip, at least 0
     * @param limit  how many at most, at least 1
     */
    List<Patient> listAtCentre(ProviderId centre, int offset, int limit);

    /**
     * One page of the centre's patients in the same order as {@link #listAtCentre(ProviderId, int, int)}
     * ({@link PatientCursor#LIST_ORDER}), read by position rather than by offset: the patients after
     * {@code after}, or from the first when it is empty. Patients saved between two reads never shift
     * or repeat those already read.
     *
     * @param limit how many at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    List<Patient> listAtCentre(ProviderId centre, Optional<PatientCursor> after, int limit);

    /**
     * One page of all patients, at every centre, ordered by id (as its canonical text), for bulk
     * reads such as the research export.
     *
     * @param offset how many to skip, at least 0
     * @param limit  how many at most, at least 1
     */
    List<Patient> page(int offset, int limit);
}
