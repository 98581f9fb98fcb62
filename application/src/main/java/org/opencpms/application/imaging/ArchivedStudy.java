package org.opencpms.application.imaging;

import java.util.List;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.shared.Require;

/**
 * A de-identified study as a viewer sees it: the study, the pseudonym id its instances carry as Patient ID, and its
 * instances on the archive shelf (never those in quarantine), by series and then in the order they arrived.
 */
public record ArchivedStudy(ImagingStudy study, String patientPseudonym, List<ArchivedInstance> instances) {

    public ArchivedStudy {
        Require.present(study, "study");
        Require.present(patientPseudonym, "pseudonym");
        instances = List.copyOf(instances);
    }
}
