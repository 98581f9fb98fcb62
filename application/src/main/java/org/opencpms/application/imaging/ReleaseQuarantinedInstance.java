package org.opencpms.application.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ContentAddress;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.QuarantinedInstanceNotFound;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StoredFile;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * One who handles the patient has looked at an instance in quarantine and finds no identifying text burned into its
 * pixels: it is released to the archive, where it counts for the study panels see.
 *
 * <p>Invariants: only those {@link AccessPolicy#mayReleaseFromQuarantine} allows release, anyone else is told there is
 * no such instance ({@code imaging.quarantined-instance-not-found}); the file is durable on the archive shelf before
 * the index says so; an instance already released is a conflict ({@code imaging.not-quarantined}); audited.
 */
@ApplicationScoped
@Transactional
public class ReleaseQuarantinedInstance {

    public record Command(Actor actor, PatientId patient, SopInstanceUid instance) {
        public Command {
            Require.present(actor, "actor");
            Require.present(patient, "patient");
            Require.present(instance, "sop-instance-uid");
        }
    }

    private final Patients patients;
    private final ImagingInstances instances;
    private final InstanceFiles files;
    private final StudyIndex studies;
    private final AccessPolicy policy;
    private final Auditing auditing;

    @Inject
    public ReleaseQuarantinedInstance(Patients patients, ImagingInstances instances, InstanceFiles files,
                                      ImageArchive archive, AccessPolicy policy, Auditing auditing) {
        this.patients = patients;
        this.instances = instances;
        this.files = files;
        this.studies = new StudyIndex(archive, instances);
        this.policy = policy;
        this.auditing = auditing;
    }

    /**
     * @throws QuarantinedInstanceNotFound {@code imaging.quarantined-instance-not-found}
     * @throws org.opencpms.domain.imaging.InstanceNotQuarantined {@code imaging.not-quarantined}
     */
    public QuarantinedInstance handle(Command cmd) {
        var patient = patients.find(cmd.patient()).filter(p -> policy.mayReleaseFromQuarantine(cmd.actor(), p))
                .orElseThrow(() -> new QuarantinedInstanceNotFound(cmd.instance()));
        var instance = instances.find(cmd.instance()).filter(i -> i.patient().equals(patient.id()))
                .orElseThrow(() -> new QuarantinedInstanceNotFound(cmd.instance()));
        var released = instance.released(instance.quarantined() ? archived(instance.file().address()) : instance.file());
        instances.save(released);
        studies.count(released);
        auditing.record(cmd.actor(), AuditAction.UPDATE, "ImagingInstance", released.uid().value(), patient.id(),
                "release from quarantine");
        return QuarantinedInstance.of(released);
    }

    private StoredFile archived(ContentAddress address) {
        return files.write(out -> {
            try (InputStream in = files.open(address, Shelf.QUARANTINE).orElseThrow(() -> new UncheckedIOException(
                    new IOException("the quarantined file " + address.sha256() + " is missing")))) {
                in.transferTo(out);
            }
        }, Shelf.ARCHIVE);
    }
}
