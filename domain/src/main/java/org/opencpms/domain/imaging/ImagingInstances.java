package org.opencpms.domain.imaging;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.PatientId;

/**
 * Port: the index of de-identified instances (study, series, instance), next to {@link ImageArchive}'s studies.
 * An instance received again (same pseudonymous SOP instance UID) replaces what is known of it. Never returns
 * null.
 */
public interface ImagingInstances {

    Optional<ImagingInstance> find(SopInstanceUid uid);

    /** Records a new instance, or replaces what is known of an instance with the same UID. */
    void save(ImagingInstance instance);

    /** The instances of a study, quarantined ones included, by series and then in the order they arrived. */
    List<ImagingInstance> ofStudy(StudyInstanceUid study);

    /**
     * The study's instances not in quarantine, counted by the index itself: as cheap for the thousandth instance of a
     * study as for the first (a receiving use case counts the study again after every instance).
     */
    StudyContents visibleContentsOf(StudyInstanceUid study);

    /** The instances of a patient in quarantine, in the order they arrived. */
    List<ImagingInstance> quarantinedOf(PatientId patient);
}
