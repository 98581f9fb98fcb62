package org.opencpms.application.training;

import static org.opencpms.application.training.TrainingDataSet.APPLICANT_MADRID;
import static org.opencpms.application.training.TrainingDataSet.ASSISTANT_BERLIN;
import static org.opencpms.application.training.TrainingDataSet.AUDITOR_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.BERLIN;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_ITHACA;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_RND;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_ITHACA;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_RND;
import static org.opencpms.application.training.TrainingDataSet.HP_BERLIN;
import static org.opencpms.application.training.TrainingDataSet.HP_MADRID;
import static org.opencpms.application.training.TrainingDataSet.HP_MILANO;
import static org.opencpms.application.training.TrainingDataSet.HP_NIJMEGEN;
import static org.opencpms.application.training.TrainingDataSet.HP_PARIS;
import static org.opencpms.application.training.TrainingDataSet.MADRID;
import static org.opencpms.application.training.TrainingDataSet.MILANO;
import static org.opencpms.application.training.TrainingDataSet.NIJMEGEN;
import static org.opencpms.application.training.TrainingDataSet.PANEL_MANAGER_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.PARIS;
import static org.opencpms.application.training.TrainingDataSet.RESEARCHER_ERKNET;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.opencpms.application.accessrequest.AcceptAccessRequest;
import org.opencpms.application.accessrequest.RequestAccess;
import org.opencpms.application.user.AppointCoordinator;
import org.opencpms.application.user.GrantRole;
import org.opencpms.application.user.RegisterUser;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

/**
 * The training accounts and their roles ({@link TrainingDataSet#users()}): registered as people signing in, the first
 * coordinator of each network appointed by the platform operator, every other role asked for and accepted, or
 * granted, through the same use cases as in real use. Nobody receives a grant around them.
 */
@ApplicationScoped
@Transactional
public class TrainingAccounts {

    private final RegisterUser registerUser;
    private final AppointCoordinator appointCoordinator;
    private final RequestAccess requestAccess;
    private final AcceptAccessRequest acceptAccessRequest;
    private final GrantRole grantRole;

    @Inject
    public TrainingAccounts(RegisterUser registerUser, AppointCoordinator appointCoordinator,
                            RequestAccess requestAccess, AcceptAccessRequest acceptAccessRequest,
                            GrantRole grantRole) {
        this.registerUser = registerUser;
        this.appointCoordinator = appointCoordinator;
        this.requestAccess = requestAccess;
        this.acceptAccessRequest = acceptAccessRequest;
        this.grantRole = grantRole;
    }

    /**
     * Registers every training user, has the operator appoint the first coordinator of each network, then grants
     * every other role the way users get them: access requests accepted by a coordinator, or grants.
     */
    public void load(TrainingRun run) {
        for (TrainingAccount account : TrainingDataSet.users()) {
            var signedIn = registerUser.handle(new RegisterUser.Command(account.subject(), account.displayName(),
                    account.email(), account.country()));
            run.person(account.username(), signedIn.user());
        }
        appointFirstCoordinator(run, COORDINATOR_ERKNET, Ern.ERKNET, PARIS);
        appointFirstCoordinator(run, COORDINATOR_RND, Ern.RND, MILANO);
        appointFirstCoordinator(run, COORDINATOR_ITHACA, Ern.ITHACA, NIJMEGEN);

        requestAndAccept(run, HP_BERLIN, Ern.ERKNET, BERLIN, Role.HEALTH_PROFESSIONAL, "Paediatric nephrologist at Berlin.");
        requestAndAccept(run, HP_BERLIN, Ern.RND, BERLIN, Role.HEALTH_PROFESSIONAL, "I also run the adult neurogenetics clinic.");
        requestAndAccept(run, HP_PARIS, Ern.ERKNET, PARIS, Role.HEALTH_PROFESSIONAL, "Paediatric nephrologist at Paris.");
        requestAndAccept(run, HP_MILANO, Ern.RND, MILANO, Role.HEALTH_PROFESSIONAL, "Neurologist specialised in ataxias.");
        requestAndAccept(run, HP_MILANO, Ern.ERKNET, MILANO, Role.HEALTH_PROFESSIONAL, "I see kidney involvement in neurogenetic disease.");
        requestAndAccept(run, HP_NIJMEGEN, Ern.ITHACA, NIJMEGEN, Role.HEALTH_PROFESSIONAL, "Clinical geneticist at Nijmegen.");
        requestAndAccept(run, HP_MADRID, Ern.RND, MADRID, Role.HEALTH_PROFESSIONAL, "Paediatric neurologist at Madrid.");
        requestAndAccept(run, RESEARCHER_ERKNET, Ern.ERKNET, BERLIN, Role.RESEARCHER, "Registry analyses of glomerular diseases.");
        var assistant = requestAccess.handle(new RequestAccess.Command(run.actor(ASSISTANT_BERLIN),
                new RequestedAccess(Ern.ERKNET, run.centre(BERLIN), Set.of(Role.CENTRE_ASSISTANT), run.person(HP_BERLIN)),
                "I prepare the cases of the paediatric nephrology clinic."));
        acceptAccessRequest.handle(new AcceptAccessRequest.Command(run.actor(COORDINATOR_ERKNET), assistant, null));

        grant(run, COORDINATOR_ERKNET, DISPATCHER_ERKNET, RoleGrant.dispatcher(Ern.ERKNET, run.centre(BERLIN)));
        grant(run, COORDINATOR_RND, DISPATCHER_RND, RoleGrant.dispatcher(Ern.RND, run.centre(MADRID)));
        grant(run, COORDINATOR_ITHACA, DISPATCHER_ITHACA, RoleGrant.dispatcher(Ern.ITHACA, run.centre(PARIS)));
        grant(run, COORDINATOR_ERKNET, PANEL_MANAGER_ERKNET, RoleGrant.panelManager(Ern.ERKNET, run.centre(PARIS)));
        grant(run, COORDINATOR_ERKNET, AUDITOR_ERKNET, RoleGrant.auditor(Ern.ERKNET));

        requestAccess.handle(new RequestAccess.Command(run.actor(APPLICANT_MADRID), new RequestedAccess(Ern.RND,
                run.centre(MADRID), Set.of(Role.HEALTH_PROFESSIONAL), null), "Neurology resident joining the movement disorders team."));
    }

    /** The bootstrap of an ERN: the platform operator appoints its first coordinator. */
    private void appointFirstCoordinator(TrainingRun run, String username, Ern ern, String centre) {
        var account = TrainingDataSet.account(username);
        appointCoordinator.handle(new AppointCoordinator.Command(run.operator(), ern, run.centre(centre),
                new AppointCoordinator.Appointee(account.subject(), account.displayName(), account.email(),
                        account.country()), null));
    }

    private void requestAndAccept(TrainingRun run, String username, Ern ern, String centre, Role role, String motivation) {
        var request = requestAccess.handle(new RequestAccess.Command(run.actor(username),
                new RequestedAccess(ern, run.centre(centre), Set.of(role), null), motivation));
        acceptAccessRequest.handle(new AcceptAccessRequest.Command(run.actor(coordinatorOf(ern)), request, null));
    }

    private void grant(TrainingRun run, String by, String username, RoleGrant grant) {
        grantRole.handle(new GrantRole.Command(run.actor(by), run.person(username), null, grant));
    }

    private static String coordinatorOf(Ern ern) {
        return switch (ern) {
            case ERKNET -> COORDINATOR_ERKNET;
            case RND -> COORDINATOR_RND;
            case ITHACA -> COORDINATOR_ITHACA;
            default -> throw new IllegalStateException("the training data set has no coordinator of " + ern.code());
        };
    }
}
