package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;
import org.opencpms.application.audit.InboundOrigin;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.DelegationForbidden;
import org.opencpms.domain.user.Users;

/**
 * Who is calling, from the bearer token an inbound edge (REST, FHIR) received: the one way every edge authenticates.
 * The token is verified ({@link BearerTokens}); a person is then who {@link IdentifyCaller} says (an unknown subject
 * gets no actor and may only file an access request), as {@link RecentCallers} remembers them for a few seconds at most
 * (forgotten at once on this node when their account changes). A token issued to a {@link MachineClients registered machine
 * client} must name, in its {@code acting_for} claim, the subject of a health professional of the client's centre: the
 * client acts as that professional with only the grants they hold at that centre ({@link Actor#delegatedAt}), and the
 * audit names both (the actor is the professional, the origin names the client). A token's first use is audited as
 * a sign-in ({@link SignIn}), once per token ({@link SignInLedger}).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AuthenticateCaller {

    /** @param authorization the Authorization header as received, or null */
    public record Command(String authorization) {
    }

    /** The verified token, and the actor it acts as (none for a person OpenCPMS does not know yet). */
    public record Authenticated(VerifiedToken token, Optional<Actor> actor) {
    }

    private final BearerTokens tokens;
    private final MachineClients clients;
    private final IdentifyCaller identify;
    private final RecentCallers recentCallers;
    private final SignIn signIn;
    private final SignInLedger ledger;
    private final Users users;
    private final Clock clock;

    @Inject
    public AuthenticateCaller(BearerTokens tokens, MachineClients clients, IdentifyCaller identify,
                              RecentCallers recentCallers, SignIn signIn, SignInLedger ledger, Users users, Clock clock) {
        this.tokens = tokens;
        this.clients = clients;
        this.identify = identify;
        this.recentCallers = recentCallers;
        this.signIn = signIn;
        this.ledger = ledger;
        this.users = users;
        this.clock = clock;
    }

    /**
     * @throws TokenRejected for a token that proves nobody, a registered client's token naming nobody
     *         ({@code auth.acting-for-missing}), or an unregistered client's token naming someone
     *         ({@code auth.client-not-registered})
     * @throws DelegationForbidden {@code client.acting-for-forbidden} when the professional named is not one of the
     *         client's centre
     */
    public Authenticated handle(Command cmd) {
        var token = tokens.verify(cmd.authorization());
        var centre = token.client().flatMap(clients::centreOf);
        if (centre.isEmpty()) {
            if (token.actingFor() != null) {
                throw new TokenRejected("auth.client-not-registered",
                        "The token names a health professional to act for, but its client is not registered here.");
            }
            var person = recentCallers.identify(token.subject(),
                    subject -> identify.handle(new IdentifyCaller.Query(subject))).map(SignedIn::asActor);
            person.ifPresent(actor -> signInOnFirstUse(token, new SignIn.Command(token.subject())));
            return new Authenticated(token, person);
        }
        var professional = token.actingForSubject().orElseThrow(() -> new TokenRejected("auth.acting-for-missing",
                "A machine client's token must name the health professional it acts for (claim acting_for)."));
        var actor = users.findBySubject(professional).orElseThrow(DelegationForbidden::new).asActor()
                .delegatedAt(centre.get());
        InboundOrigin.throughClient(token.clientId());
        signInOnFirstUse(token, new SignIn.Command(professional, token.clientId()));
        return new Authenticated(token, Optional.of(actor));
    }

    private void signInOnFirstUse(VerifiedToken token, SignIn.Command command) {
        if (ledger.firstUse(token.tokenId(), token.expiresAt(), clock.instant())) {
            signIn.handle(command);
        }
    }
}
