package org.opencpms.application.imaging;

import java.util.List;
import java.util.TreeSet;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.ImagingStudy;

/**
 * Keeps a study of the {@link ImageArchive} in step with its indexed instances: the series, instances and
 * modalities that panels see are those not in quarantine; a study with none of them is not in the archive yet.
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
        List<ImagingInstance> visible = instances.ofStudy(arrived.study()).stream()
                .filter(i -> !i.quarantined()).toList();
        if (visible.isEmpty()) {
            return;
        }
        int series = (int) visible.stream().map(ImagingInstance::series).distinct().count();
        String modalities = String.join(" ", new TreeSet<>(visible.stream().map(ImagingInstance::modality).toList()));
        var study = archive.find(arrived.study())
                .map(s -> s.withContents(arrived.patient(), modalities, series, visible.size()))
                .orElseGet(() -> new ImagingStudy(arrived.study(), arrived.patient(), null, modalities, series,
                        visible.size(), arrived.receivedAt()));
        archive.save(study);
    }
}
