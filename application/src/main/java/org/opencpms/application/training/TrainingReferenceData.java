package org.opencpms.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.reference.AddDiseaseGroup;
import org.opencpms.application.reference.EstablishNetwork;
import org.opencpms.application.reference.RecordErnMembership;
import org.opencpms.application.reference.RegisterHealthcareProvider;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;

/**
 * The reference data of the training data set, set up as a platform operator would: the three networks, the six
 * invented centres with their ERN memberships, and each network's disease groups ({@link TrainingDataSet}).
 */
@ApplicationScoped
@Transactional
public class TrainingReferenceData {

    private final EstablishNetwork establishNetwork;
    private final RegisterHealthcareProvider registerHealthcareProvider;
    private final RecordErnMembership recordErnMembership;
    private final AddDiseaseGroup addDiseaseGroup;

    @Inject
    public TrainingReferenceData(EstablishNetwork establishNetwork,
                                 RegisterHealthcareProvider registerHealthcareProvider,
                                 RecordErnMembership recordErnMembership, AddDiseaseGroup addDiseaseGroup) {
        this.establishNetwork = establishNetwork;
        this.registerHealthcareProvider = registerHealthcareProvider;
        this.recordErnMembership = recordErnMembership;
        this.addDiseaseGroup = addDiseaseGroup;
    }

    /** Establishes the networks, registers the centres with their memberships and adds the disease groups. */
    public void load(TrainingRun run) {
        networksAndCentres(run);
        memberships(run);
        diseaseGroups(run);
    }

    private void networksAndCentres(TrainingRun run) {
        TrainingDataSet.NETWORKS.forEach(ern -> establishNetwork.handle(new EstablishNetwork.Command(run.operator(), ern)));
        for (TrainingDataSet.Centre centre : TrainingDataSet.CENTRES) {
            run.centre(centre.key(), registerHealthcareProvider.handle(
                    new RegisterHealthcareProvider.Command(run.operator(), centre.name(), centre.country())));
        }
    }

    private void memberships(TrainingRun run) {
        for (TrainingDataSet.Centre centre : TrainingDataSet.CENTRES) {
            centre.memberships().forEach((ern, type) -> recordErnMembership.handle(RecordErnMembership.Command.join(
                    run.operator(), run.centre(centre.key()), ern, type)));
        }
    }

    private void diseaseGroups(TrainingRun run) {
        diseaseGroups(run, Ern.ERKNET, new DiseaseGroup("GLOM", "Glomerular diseases"),
                new DiseaseGroup("TUB", "Tubulopathies"),
                new DiseaseGroup("CAKUT", "Congenital anomalies of the kidney and urinary tract"),
                new DiseaseGroup("CYST", "Cystic kidney diseases"));
        diseaseGroups(run, Ern.RND, new DiseaseGroup("ATAXIA", "Ataxias and hereditary spastic paraplegias"),
                new DiseaseGroup("DYST", "Dystonia and paroxysmal disorders"),
                new DiseaseGroup("LEUKO", "Leukodystrophies"));
        diseaseGroups(run, Ern.ITHACA, new DiseaseGroup("ID", "Intellectual disability syndromes"),
                new DiseaseGroup("MCA", "Multiple congenital anomalies"),
                new DiseaseGroup("CHROM", "Chromosomal disorders"));
    }

    private void diseaseGroups(TrainingRun run, Ern ern, DiseaseGroup... groups) {
        for (DiseaseGroup group : groups) {
            addDiseaseGroup.handle(new AddDiseaseGroup.Command(run.operator(), ern, group));
        }
    }
}
