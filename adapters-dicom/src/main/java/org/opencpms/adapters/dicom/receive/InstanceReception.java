package org.opencpms.adapters.dicom.receive;

import com.pixelmed.dicom.AttributeList;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.opencpms.adapters.dicom.deidentify.Deidentifier;
import org.opencpms.application.imaging.ReceiveImagingInstance.Receipt;
import org.opencpms.application.imaging.ReceivedInstance;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.NotFound;

/**
 * One received data set (C-STORE) or Part 10 file (STOW-RS), read, checked and handed to a receiving use case
 * ({@code keep}: {@link org.opencpms.application.imaging.ReceiveImagingInstance} for a centre's PACS,
 * {@link org.opencpms.application.imaging.StoreImagingInstance} for a person), and its outcome turned into a C-STORE
 * status. Policy (which patient, consent, quarantine) is the use case's; this class only reads, checks and
 * translates. Logs name statuses, codes and pseudonymous UIDs only, never a value of the data set.
 */
public final class InstanceReception {

    /**
     * The outcome: the status to answer and, for a failure, why; the SOP class and the pseudonymous SOP instance UID
     * of the instance when it could be read (empty otherwise); once kept, its pseudonymous study UID and whether it
     * went to quarantine.
     */
    public record Outcome(StoreStatus status, String comment, String sopClassUid, String instanceUid, String studyUid,
                          boolean quarantined) {

        public Outcome(StoreStatus status, String comment) {
            this(status, comment, "", "", "", false);
        }

        Outcome about(String sopClass, String instance) {
            return new Outcome(status, comment, sopClass, instance, studyUid, quarantined);
        }
    }

    /** How many times an instance is tried when its study changed meanwhile. */
    static final int ATTEMPTS = 5;
    private static final System.Logger LOG = System.getLogger(InstanceReception.class.getName());

    private final Deidentifier deidentifier;
    private final String ourAeTitle;

    public InstanceReception(Deidentifier deidentifier, String ourAeTitle) {
        this.deidentifier = deidentifier;
        this.ourAeTitle = ourAeTitle;
    }

    /**
     * @param keep the receiving use case (in a container: through its transactional proxy)
     * @param dataSet the data set as received (no file meta information), in {@code transferSyntax}
     * @param sopClass the affected SOP class UID of the request
     * @param sopInstance the affected SOP instance UID of the request
     */
    public Outcome receive(Function<ReceivedInstance, Receipt> keep, byte[] dataSet, String transferSyntax,
                           String sopClass, String sopInstance) {
        try {
            return keep(keep, InstanceReader.read(dataSet, 0, dataSet.length, transferSyntax), transferSyntax,
                    sopClass, sopInstance);
        } catch (UnusableInstance e) {
            return refused(e.status(), e.getMessage());
        }
    }

    /**
     * @param keep the receiving use case (in a container: through its transactional proxy)
     * @param file a DICOM Part 10 file: preamble, {@code DICM}, file meta information, data set
     */
    public Outcome receiveFile(Function<ReceivedInstance, Receipt> keep, byte[] file) {
        try {
            var read = InstanceReader.readFile(file);
            return keep(keep, read.list(), read.transferSyntax(), read.sopClass(), read.sopInstance());
        } catch (UnusableInstance e) {
            return refused(e.status(), e.getMessage());
        }
    }

    private Outcome keep(Function<ReceivedInstance, Receipt> keep, AttributeList list, String transferSyntax,
                         String sopClass, String sopInstance) {
        String pseudonymous = sopInstance.isBlank() ? "" : deidentifier.pseudonymousUid(sopInstance);
        try {
            InstanceReader.check(list, sopClass, sopInstance);
            var receipt = keepRetried(keep, new PixelmedReceivedInstance(list, transferSyntax, ourAeTitle, deidentifier));
            LOG.log(Level.DEBUG, "kept instance {0} of study {1}{2}", receipt.instance().value(), receipt.study().value(),
                    receipt.quarantined() ? " in quarantine" : "");
            return new Outcome(StoreStatus.SUCCESS, "", sopClass, receipt.instance().value(), receipt.study().value(),
                    receipt.quarantined());
        } catch (UnusableInstance e) {
            return refused(e.status(), e.getMessage()).about(sopClass, pseudonymous);
        } catch (NotFound | Forbidden e) {
            return refused(StoreStatus.REFUSED_NOT_AUTHORIZED, e.code()).about(sopClass, pseudonymous);
        } catch (Conflict e) {
            return refused(StoreStatus.PROCESSING_FAILURE, e.code()).about(sopClass, pseudonymous);
        } catch (DomainException e) {
            return refused(StoreStatus.DATA_SET_DOES_NOT_MATCH_SOP_CLASS, e.code()).about(sopClass, pseudonymous);
        } catch (UncheckedIOException e) {
            LOG.log(Level.ERROR, "an instance could not be kept: " + e.getCause().getClass().getSimpleName());
            return refused(StoreStatus.REFUSED_OUT_OF_RESOURCES, "the instance could not be kept").about(sopClass, pseudonymous);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "an instance could not be received: " + e.getClass().getName());
            return refused(StoreStatus.PROCESSING_FAILURE, "the instance could not be received").about(sopClass, pseudonymous);
        }
    }

    /**
     * Keeps the instance, trying again when another instance of the same study was indexed meanwhile
     * ({@code study.concurrent-update}): instances of one study arrive in parallel associations (and STOW requests) all
     * the time, and each attempt is a transaction of its own that left nothing behind. After {@value #ATTEMPTS}
     * attempts the conflict is the answer.
     */
    private static Receipt keepRetried(Function<ReceivedInstance, Receipt> keep, ReceivedInstance instance) {
        for (int attempt = 1; ; attempt++) {
            try {
                return keep.apply(instance);
            } catch (ConcurrentUpdate e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** A short random pause, growing with the attempt, so that the racing instances do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while receiving an instance", e);
        }
    }

    private static Outcome refused(StoreStatus status, String comment) {
        LOG.log(Level.INFO, "refused an instance: {0} ({1})", status, comment);
        return new Outcome(status, comment);
    }
}
