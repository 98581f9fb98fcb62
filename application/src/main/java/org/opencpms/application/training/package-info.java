/**
 * The training environment's synthetic data set and the use case that loads it.
 *
 * <p>{@link org.opencpms.application.training.TrainingDataSet} says what the data set holds (ERNs,
 * invented centres, training accounts, synthetic patients); {@link org.opencpms.application.training.LoadTrainingData}
 * loads it in four parts (reference data, accounts, patients, panels) through the ordinary use cases, acting as the
 * platform operator for the reference data and the first coordinators, and as the training users for the rest; no
 * grant is given around the use cases.
 *
 * <p>Invariants: nothing in the data set describes a real person or a real hospital; every training
 * account is registered with the OpenID Connect identity ({@link org.opencpms.application.training.TrainingDataSet#ISSUER},
 * username) and an e-mail address under {@code .invalid}; loading is idempotent, the presence of the
 * first training account marking a loaded data set; panels carry no identifying data of the patients.
 */
package org.opencpms.application.training;
