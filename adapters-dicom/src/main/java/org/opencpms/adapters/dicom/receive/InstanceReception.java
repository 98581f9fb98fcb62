package org.opencpms.adapters.dicom.receive;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.function.Function;
import org.opencpms.adapters.dicom.deidentify.Deidentifier;
import org.opencpms.application.imaging.ReceiveImagingInstance;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.ProviderId;

/**
 * One received data set from a centre, turned into a call of {@link ReceiveImagingInstance} and its outcome into a
 * C-STORE status. Policy (which patient, consent, quarantine) is the use case's; this class only reads, checks and
 * translates. Logs name statuses, codes and pseudonymous UIDs only, never a value of the data set.
 */
public final class InstanceReception {

    /** The outcome: the status to answer and, for a failure, why. */
    public record Outcome(StoreStatus status, String comment) {
    }

    private static final System.Logger LOG = System.getLogger(InstanceReception.class.getName());

    private final Function<ReceiveImagingInstance.Command, ReceiveImagingInstance.Receipt> receive;
    private final Deidentifier deidentifier;
    private final String ourAeTitle;

    /** @param receive the use case (in a container: through its transactional proxy) */
    public InstanceReception(Function<ReceiveImagingInstance.Command, ReceiveImagingInstance.Receipt> receive,
                             Deidentifier deidentifier, String ourAeTitle) {
        this.receive = receive;
        this.deidentifier = deidentifier;
        this.ourAeTitle = ourAeTitle;
    }

    /**
     * @param dataSet the data set as received (no file meta information), in {@code transferSyntax}
     * @param sopClass the affected SOP class UID of the request
     * @param sopInstance the affected SOP instance UID of the request
     */
    public Outcome receive(ProviderId centre, byte[] dataSet, String transferSyntax, String sopClass, String sopInstance) {
        try {
            var list = InstanceReader.read(dataSet, transferSyntax);
            InstanceReader.check(list, sopClass, sopInstance);
            var receipt = receive.apply(new ReceiveImagingInstance.Command(centre,
                    new PixelmedReceivedInstance(list, transferSyntax, ourAeTitle, deidentifier)));
            LOG.log(Level.DEBUG, "kept instance {0} of study {1}{2}", receipt.instance().value(), receipt.study().value(),
                    receipt.quarantined() ? " in quarantine" : "");
            return new Outcome(StoreStatus.SUCCESS, "");
        } catch (UnusableInstance e) {
            return refused(e.status(), e.getMessage());
        } catch (NotFound | Forbidden e) {
            return refused(StoreStatus.REFUSED_NOT_AUTHORIZED, e.code());
        } catch (Conflict e) {
            return refused(StoreStatus.PROCESSING_FAILURE, e.code());
        } catch (DomainException e) {
            return refused(StoreStatus.DATA_SET_DOES_NOT_MATCH_SOP_CLASS, e.code());
        } catch (UncheckedIOException e) {
            LOG.log(Level.ERROR, "an instance could not be kept: " + e.getCause().getClass().getSimpleName());
            return refused(StoreStatus.REFUSED_OUT_OF_RESOURCES, "the instance could not be kept");
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "an instance could not be received: " + e.getClass().getName());
            return refused(StoreStatus.PROCESSING_FAILURE, "the instance could not be received");
        }
    }

    private static Outcome refused(StoreStatus status, String comment) {
        LOG.log(Level.INFO, "refused an instance: {0} ({1})", status, comment);
        return new Outcome(status, comment);
    }
}
