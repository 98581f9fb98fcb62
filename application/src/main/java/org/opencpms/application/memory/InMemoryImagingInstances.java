package org.opencpms.application.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyContents;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.PatientId;

/** Instances by UID; an instance saved again keeps its place in the arrival order. Thread-safe. */
public final class InMemoryImagingInstances implements ImagingInstances {

    private final Map<SopInstanceUid, ImagingInstance> instances = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ImagingInstance> find(SopInstanceUid uid) {
        return Optional.ofNullable(instances.get(uid));
    }

    @Override
    public synchronized void save(ImagingInstance instance) {
        instances.put(instance.uid(), instance);
    }

    @Override
    public synchronized List<ImagingInstance> ofStudy(StudyInstanceUid study) {
        return instances.values().stream().filter(i -> i.study().equals(study))
                .sorted(Comparator.comparing((ImagingInstance i) -> i.series().value())).toList();
    }

    @Override
    public synchronized StudyContents visibleContentsOf(StudyInstanceUid study) {
        var visible = instances.values().stream().filter(i -> i.study().equals(study) && !i.quarantined()).toList();
        return new StudyContents((int) visible.stream().map(ImagingInstance::series).distinct().count(), visible.size(),
                visible.stream().map(ImagingInstance::modality).distinct().sorted().toList());
    }

    @Override
    public synchronized List<ImagingInstance> quarantinedOf(PatientId patient) {
        return instances.values().stream().filter(i -> i.patient().equals(patient) && i.quarantined())
                .sorted(Comparator.comparing(ImagingInstance::receivedAt)).toList();
    }
}
