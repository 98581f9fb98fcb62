package org.opencpms.application.imaging;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.imaging.StudyNotFound;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The imaging studies an actor may see, as {@link AccessPolicy#mayViewStudy} says: those of the patients of the
 * centres where they work and those attached to a panel they may see. A study they may not see is not found, as one
 * that does not exist, so that nobody learns which study UIDs are real.
 */
final class VisibleStudies {

    private final ImageArchive archive;
    private final ImagingInstances instances;
    private final InstanceFiles files;
    private final Panels panels;
    private final Patients patients;
    private final AccessPolicy policy;

    VisibleStudies(ImageArchive archive, ImagingInstances instances, InstanceFiles files, Panels panels,
                   Patients patients, AccessPolicy policy) {
        this.archive = archive;
        this.instances = instances;
        this.files = files;
        this.panels = panels;
        this.patients = patients;
        this.policy = policy;
    }

    /** @throws StudyNotFound {@code study.not-found}, also for a study the actor may not see */
    ArchivedStudy get(Actor actor, StudyInstanceUid uid) {
        var study = archive.find(uid).orElseThrow(() -> new StudyNotFound(uid));
        var patient = patients.get(study.patient());
        if (!visible(actor, study, patient)) {
            throw new StudyNotFound(uid);
        }
        return contents(study, patient);
    }

    /**
     * Every study the actor may see among those of their centres' patients and of the panels they take part in (at
     * most {@value Require#MAX_PAGE_SIZE} of each), the most recent first.
     */
    List<ArchivedStudy> all(Actor actor) {
        Map<StudyInstanceUid, ImagingStudy> found = new LinkedHashMap<>();
        panels.involving(actor.id(), 0, Require.MAX_PAGE_SIZE)
                .forEach(panel -> archive.attachedTo(panel.id()).forEach(s -> found.putIfAbsent(s.uid(), s)));
        policy.imagingCentresOf(actor).forEach(centre -> patients.listAtCentre(centre, 0, Require.MAX_PAGE_SIZE)
                .forEach(patient -> archive.ofPatient(patient.id()).forEach(s -> found.putIfAbsent(s.uid(), s))));
        var ofPatients = patients.findAll(found.values().stream().map(ImagingStudy::patient).distinct().toList());
        return found.values().stream()
                .filter(s -> ofPatients.containsKey(s.patient()) && visible(actor, s, ofPatients.get(s.patient())))
                .sorted(Comparator.comparing(ImagingStudy::receivedAt).reversed().thenComparing(s -> s.uid().value()))
                .map(s -> contents(s, ofPatients.get(s.patient()))).toList();
    }

    private boolean visible(Actor actor, ImagingStudy study, Patient patient) {
        return policy.mayViewStudy(actor, patient, study.attachedTo().flatMap(panels::find));
    }

    private ArchivedStudy contents(ImagingStudy study, Patient patient) {
        var archived = instances.ofStudy(study.uid()).stream().filter(i -> !i.quarantined()).map(this::archived).toList();
        return new ArchivedStudy(study, patient.pseudonym().id().toString(), archived);
    }

    private ArchivedInstance archived(ImagingInstance i) {
        var address = i.file().address();
        return new ArchivedInstance(i.uid(), i.series(), i.sopClassUid(), i.modality(), i.file().size(),
                () -> files.open(address, Shelf.ARCHIVE).orElseThrow(() -> new UncheckedIOException(
                        new IOException("the file of instance " + i.uid().value() + " is missing"))));
    }
}
