package org.opencpms.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.startup.StartUpLock;
import org.opencpms.application.training.LoadTrainingData;
import org.opencpms.application.training.TrainingData;

/**
 * Loads the training data set at start-up in one transaction that first takes the cluster-wide {@link StartUpLock}
 * and then runs {@link LoadTrainingData} (which joins it): of several nodes starting at once on one fresh
 * database, the first loads the data set while the others wait for its commit, then find the data set there and
 * load nothing. Without the lock both would begin loading and the second would fail on the first network it saves.
 */
@ApplicationScoped
public class TrainingDataAtStartUp {

    private final StartUpLock lock;
    private final LoadTrainingData loadTrainingData;

    @Inject
    public TrainingDataAtStartUp(StartUpLock lock, LoadTrainingData loadTrainingData) {
        this.lock = lock;
        this.loadTrainingData = loadTrainingData;
    }

    /** Loads the data set unless it is there already; either way reports it. */
    @Transactional
    public TrainingData load() {
        lock.holdUntilCommit();
        return loadTrainingData.handle();
    }
}
