package org.opencpms.application.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

/** Studies by UID, in arrival order. Thread-safe. */
public final class InMemoryImageArchive implements ImageArchive {

    private final Map<StudyInstanceUid, ImagingStudy> studies = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ImagingStudy> find(StudyInstanceUid uid) {
        return Optional.ofNullable(studies.get(uid));
    }

    /** The same as {@link #find}: every method of this archive runs alone. */
    @Override
    public synchronized Optional<ImagingStudy> findForUpdate(StudyInstanceUid uid) {
        return find(uid);
    }

    @Override
    public synchronized void save(ImagingStudy study) {
        studies.put(study.uid(), study);
    }

    @Override
    public synchronized List<ImagingStudy> ofPatient(PatientId patient) {
        return studies.values().stream().filter(s -> s.patient().equals(patient))
                .sorted(Comparator.comparing(ImagingStudy::receivedAt)).toList();
    }

    @Override
    public synchronized List<ImagingStudy> attachedTo(PanelId panel) {
        return studies.values().stream().filter(s -> s.attachedTo().filter(panel::equals).isPresent())
                .sorted(Comparator.comparing(ImagingStudy::receivedAt)).toList();
    }
}
