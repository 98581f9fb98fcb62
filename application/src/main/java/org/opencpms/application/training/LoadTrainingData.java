package org.opencpms.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.user.IdentifyCaller;
import org.opencpms.application.user.IdentifyUser;
import org.opencpms.domain.user.Users;

/**
 * The deployment loads the synthetic {@link TrainingDataSet training data set} when the product starts in training
 * mode: three ERNs with disease groups, six invented centres in six countries, the training accounts holding every
 * role, twenty synthetic patients with their consents, and eleven panels covering every panel state. No real
 * person's data is in it.
 *
 * <p>Everything goes through the use cases a user would call, acting as the training user who would do it, so that
 * the same rules apply and the same events, notifications and audit entries are written as in real use: the
 * platform operator ({@link TrainingDataSet#OPERATOR}, named in configuration in training mode) sets up the
 * reference data and appoints the first coordinator of each network; nobody receives a grant around the use cases.
 * Four parts load, in order: {@link TrainingReferenceData}, {@link TrainingAccounts}, {@link TrainingPatients}, and
 * the panels ({@link TrainingPanels}, {@link TrainingPanelEndings}). All instants come from the use cases' clock,
 * so the whole history happens "now"; dates of consent and of birth lie in the past, relative to the clock's date.
 *
 * <p>Idempotent: when the first training account ({@code coordinator.erknet}) is registered already, the data set
 * is there, and nothing is loaded; the same accounts are reported. Runs in one transaction: either the whole data
 * set is loaded or none of it.
 */
@ApplicationScoped
@Transactional
public class LoadTrainingData {

    /** How many panels the data set opens. */
    static final int PANELS = 11;

    private final Users users;
    private final IdentifyCaller identifyCaller;
    private final IdentifyUser identifyUser;
    private final Clock clock;
    private final TrainingReferenceData referenceData;
    private final TrainingAccounts accounts;
    private final TrainingPatients patients;
    private final TrainingPanels panels;
    private final TrainingPanelEndings panelEndings;

    @Inject
    public LoadTrainingData(Users users, IdentifyCaller identifyCaller, IdentifyUser identifyUser, Clock clock,
                            TrainingReferenceData referenceData, TrainingAccounts accounts, TrainingPatients patients,
                            TrainingPanels panels, TrainingPanelEndings panelEndings) {
        this.users = users;
        this.identifyCaller = identifyCaller;
        this.identifyUser = identifyUser;
        this.clock = clock;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.patients = patients;
        this.panels = panels;
        this.panelEndings = panelEndings;
    }

    /**
     * Loads the training data set unless it is there already; either way reports the accounts.
     *
     * @throws IllegalStateException if the training operator is not among the platform operators
     */
    public TrainingData handle() {
        var marker = TrainingDataSet.accounts().get(0).subject();
        if (users.findBySubject(marker).isPresent()) {
            return report(false);
        }
        var operator = identifyCaller.handle(new IdentifyCaller.Query(TrainingDataSet.subjectOf(TrainingDataSet.OPERATOR)))
                .map(signedIn -> signedIn.asActor()).filter(actor -> actor.isOperator())
                .orElseThrow(() -> new IllegalStateException("the training operator is not a platform operator"));
        var run = new TrainingRun(clock, operator, identifyUser);
        referenceData.load(run);
        accounts.load(run);
        patients.load(run);
        panels.load(run);
        panelEndings.load(run);
        return report(true);
    }

    private static TrainingData report(boolean loadedNow) {
        return new TrainingData(loadedNow, TrainingDataSet.accounts(), TrainingDataSet.NETWORKS.size(),
                TrainingDataSet.CENTRES.size(), TrainingDataSet.PATIENTS.size(), PANELS);
    }
}
