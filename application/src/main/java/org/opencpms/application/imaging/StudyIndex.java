package org.opencpms.application.imaging;

import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.ImagingStudy;

/**
 * Keeps a study of the {@link ImageArchive} in step with its indexed instances: the series, instances and
 * modalities that panels see are those not in quarantine; a study with none of them is not in the archive yet.
 * The counts come from the index ({@link ImagingInstances#visibleContentsOf}), so counting the thousandth instance of
 * a study loads no instance, and are taken with the study locked ({@link ImageArchive#findForUpdate}), so that
 * instances of one study kept at the same time (parallel associations, STOW requests) are all counted.
 */
final class StudyIndex {

    private final ImageArchive archive;
    private final ImagingInstances instances;

    StudyIndex(ImageArchive archive, ImagingInstances instances) {
        this.archive = archive;
        this.instances = instances;
    }

    /** Counts the study of {@code arrived} again, now that it is indexed. */
    void count(ImagingInstance arrived) {
        var known = archive.findForUpdate(arrived.study());
        var visible = instances.visibleContentsOf(arrived.study());
        if (visible.isEmpty()) {
            return;
        }
        var study = known
                .map(s -> s.withContents(arrived.patient(), visible.modalitiesText(), visible.series(), visible.instances()))
                .orElseGet(() -> new ImagingStudy(arrived.study(), arrived.patient(), null, visible.modalitiesText(),
                        visible.series(), visible.instances(), arrived.receivedAt()));
        archive.save(study);
    }
}
