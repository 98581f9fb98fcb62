package org.opencpms.application.training;

import java.util.List;

/**
 * What {@link LoadTrainingData} reports: whether it loaded the synthetic training data set now or
 * found it loaded already, the training accounts a trainee can sign in as, and the size of the data
 * set (which is fixed, so the counts are the same either way).
 *
 * @param loadedNow whether this call loaded the data set (false when it was there already)
 * @param accounts  every training account, coordinators first
 * @param networks  the ERNs established
 * @param centres   the healthcare providers registered
 * @param patients  the synthetic patients enrolled
 * @param panels    the panels opened, in every panel state
 */
public record TrainingData(boolean loadedNow, List<TrainingAccount> accounts, int networks, int centres, int patients,
                           int panels) {

    public TrainingData {
        accounts = List.copyOf(accounts);
    }
}
