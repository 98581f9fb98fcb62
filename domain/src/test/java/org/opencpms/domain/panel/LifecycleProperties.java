package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.opencpms.domain.panel.PanelState.ARCHIVED;
import static org.opencpms.domain.panel.PanelState.CLOSED;
import static org.opencpms.domain.panel.PanelState.DELETED;
import static org.opencpms.domain.panel.PanelState.DRAFT;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.Actor;

/**
 * Random sequences of lifecycle (and lifecycle-enabling) commands by random actors never bring a
 * panel into an illegal state: the history stays a chain of legal transitions ending in the current
 * state, each transition was allowed to the actor who made it and recorded as an event, nothing
 * follows a final state except rating an archived panel, a refused command changes nothing, and a
 * panel closes only with a final outcome and the quorum. {@code ADVANCE} steps (the next move of the
 * normal path, by whoever is entitled to it) are mixed in so that sequences reach the late states.
 */
class LifecycleProperties {

    enum Command {
        ADVANCE, SUBMIT, SUBMIT_WITHOUT_CONSENT, START_ASSESSMENT, START_SIGN_OFF, CLOSE, ARCHIVE, ABORT, ABORT_WITHOUT_REASON,
        DELETE, RETURN_TO_ASSESSMENT, RETURN_TO_PANEL_SELECTION, INVITE_EXPERT, INVITE_SECOND_EXPERT, ACCEPT, CONTRIBUTE,
        DRAFT_OUTCOME, FINALISE_OUTCOME, RATE, HAND_OVER_TO_EXPERT, HAND_OVER_TO_FIRST_LEAD
    }

    private static final List<Actor> KNOWN = List.of(Fixtures.LEAD, Fixtures.EXPERT, Fixtures.SECOND_EXPERT);

    /** Commands that must be refused whoever gives them, whatever the state. */
    private static final Set<Command> ALWAYS_REFUSED = EnumSet.of(Command.SUBMIT_WITHOUT_CONSENT, Command.ABORT_WITHOUT_REASON);

    record Step(Command command, Actor actor) {
    }

    @Provide
    Arbitrary<Step> steps() {
        Set<Command> ending = EnumSet.of(Command.ABORT, Command.ABORT_WITHOUT_REASON, Command.DELETE, Command.SUBMIT_WITHOUT_CONSENT);
        Set<Command> others = EnumSet.complementOf(EnumSet.copyOf(ending));
        others.remove(Command.ADVANCE);
        Arbitrary<Command> commands = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(Command.ADVANCE)),
                Tuple.of(1, Arbitraries.of(ending)),
                Tuple.of(10, Arbitraries.of(others)));
        Arbitrary<Actor> actors = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Fixtures.LEAD)),
                Tuple.of(3, Arbitraries.of(Fixtures.EXPERT, Fixtures.SECOND_EXPERT)),
                Tuple.of(2, Arbitraries.of(Fixtures.COORDINATOR, Fixtures.DISPATCHER, Fixtures.PANEL_MANAGER,
                        Fixtures.ASSISTANT, Fixtures.OTHER_COORDINATOR, Fixtures.RESEARCHER, Fixtures.COLLEAGUE)));
        return Combinators.combine(commands, actors).as(Step::new);
    }

    @Property(tries = 1000)
    void no_sequence_of_lifecycle_commands_by_random_actors_reaches_an_illegal_state(
            @ForAll @Size(max = 60) List<@From("steps") Step> steps) {
        Panel panel = Fixtures.draft();
        Instant now = Fixtures.T0;
        for (Step step : steps) {
            now = now.plusSeconds(60);
            PanelSnapshot before = panel.snapshot();
            Actor actor;
            try {
                actor = run(step, panel, now);
            } catch (DomainException refused) {
                assertThat(panel.snapshot()).as("a refused command changes nothing").isEqualTo(before);
                assertThat(panel.pullEvents()).isEmpty();
                continue;
            }
            if (ALWAYS_REFUSED.contains(step.command())) {
                fail(step.command() + " must always be refused");
            }
            checkInvariants(panel, before, panel.pullEvents(), step.command(), actor);
        }
        Statistics.label("final state").collect(panel.state());
        Statistics.label("final state").coverage(coverage -> {
            coverage.check(CLOSED).count(c -> c > 0);
            coverage.check(ARCHIVED).count(c -> c > 0);
            coverage.check(DELETED).count(c -> c > 0);
            coverage.check(PanelState.ABORTED).count(c -> c > 0);
            coverage.check(PanelState.SIGN_OFF).count(c -> c > 0);
        });
    }

    /** Runs the step; returns who acted. */
    private static Actor run(Step step, Panel panel, Instant now) {
        if (step.command() == Command.ADVANCE) {
            return advance(panel, now);
        }
        Actor actor = step.actor();
        switch (step.command()) {
            case SUBMIT -> panel.submit(actor, Fixtures.CONSENTING, Fixtures.CONFIGURATION, now);
            case SUBMIT_WITHOUT_CONSENT -> panel.submit(actor, Fixtures.CARE_ONLY, Fixtures.CONFIGURATION, now);
            case START_ASSESSMENT -> panel.startAssessment(actor, now);
            case START_SIGN_OFF -> panel.startSignOff(actor, now);
            case CLOSE -> panel.close(actor, Fixtures.CONFIGURATION, now);
            case ARCHIVE -> panel.archive(actor, now);
            case ABORT -> panel.abort(actor, "no longer needed", now);
            case ABORT_WITHOUT_REASON -> panel.abort(actor, " ", now);
            case DELETE -> panel.delete(actor, now);
            case RETURN_TO_ASSESSMENT -> panel.returnToAssessment(actor, "new results", now);
            case RETURN_TO_PANEL_SELECTION -> panel.returnToPanelSelection(actor, "another expert needed", now);
            case INVITE_EXPERT -> panel.invite(Fixtures.EXPERT, actor, now);
            case INVITE_SECOND_EXPERT -> panel.invite(Fixtures.SECOND_EXPERT, actor, now);
            case ACCEPT -> panel.accept(actor, now);
            case CONTRIBUTE -> panel.contribute(actor, "my assessment", now);
            case DRAFT_OUTCOME -> panel.draftOutcome(actor, "conclusion", "recommendations", null, now);
            case FINALISE_OUTCOME -> panel.finaliseOutcome(actor, now);
            case RATE -> panel.rateUsefulness(actor, 4, now);
            case HAND_OVER_TO_EXPERT -> panel.handOver(Fixtures.EXPERT, actor, now);
            case HAND_OVER_TO_FIRST_LEAD -> panel.handOver(Fixtures.LEAD, actor, now);
            default -> throw new IllegalStateException("unhandled " + step.command());
        }
        return actor;
    }

    /** The next move along the normal path, by whoever is entitled to it; in ABORTED or DELETED an attempt that must fail. */
    private static Actor advance(Panel panel, Instant now) {
        Actor lead = leadOf(panel);
        switch (panel.state()) {
            case DRAFT -> panel.submit(lead, Fixtures.CONSENTING, Fixtures.CONFIGURATION, now);
            case PANEL_SELECTION -> {
                if (panel.members().isEmpty()) {
                    return recruit(panel, lead, now);
                }
                panel.startAssessment(lead, now);
            }
            case ASSESSMENT -> {
                if (panel.contributions().size() >= Fixtures.CONFIGURATION.contributionQuorum()) {
                    panel.startSignOff(lead, now);
                    return lead;
                }
                Actor contributor = KNOWN.stream().filter(a -> panel.isParticipant(a.id()))
                        .filter(a -> panel.contributions().stream().noneMatch(c -> c.author().equals(a.id())))
                        .findFirst().orElseGet(() -> recruit(panel, lead, now));
                panel.contribute(contributor, "my assessment", now);
                return contributor;
            }
            case SIGN_OFF -> {
                if (panel.outcome().isEmpty()) {
                    panel.draftOutcome(lead, "conclusion", null, null, now);
                } else if (!panel.outcome().get().isFinal()) {
                    panel.finaliseOutcome(lead, now);
                } else {
                    panel.close(lead, Fixtures.CONFIGURATION, now);
                }
            }
            case CLOSED -> panel.archive(lead, now);
            case ARCHIVED -> panel.rateUsefulness(lead, 5, now);
            case ABORTED, DELETED -> panel.submit(lead, Fixtures.CONSENTING, Fixtures.CONFIGURATION, now);
        }
        return lead;
    }

    private static Actor leadOf(Panel panel) {
        return KNOWN.stream().filter(a -> panel.isLead(a.id())).findFirst().orElseThrow();
    }

    /** Invites (unless already invited) and accepts the first known expert who is not taking part yet. */
    private static Actor recruit(Panel panel, Actor lead, Instant now) {
        Actor expert = KNOWN.stream().filter(a -> !panel.isParticipant(a.id())).findFirst().orElseThrow();
        if (!panel.hasPendingInvitation(expert.id())) {
            panel.invite(expert, lead, now);
        }
        panel.accept(expert, now);
        return expert;
    }

    private static void checkInvariants(Panel panel, PanelSnapshot before, List<DomainEvent> events, Command command, Actor actor) {
        List<Transition> history = panel.history();
        PanelState reached = DRAFT;
        for (int i = 0; i < history.size(); i++) {
            Transition transition = history.get(i);
            assertThat(transition.from()).as("each transition starts where the previous one ended").isEqualTo(reached);
            assertThat(Lifecycle.isLegal(transition.from(), transition.to())).isTrue();
            if (transition.to() == DELETED) {
                assertThat(transition.from()).isEqualTo(DRAFT);
            }
            if (i < history.size() - 1) {
                assertThat(Lifecycle.isFinal(transition.to())).as("nothing follows a final state").isFalse();
            }
            reached = transition.to();
        }
        assertThat(panel.state()).isEqualTo(reached);
        assertThat(events).as("every change records an event").isNotEmpty();

        if (Lifecycle.isFinal(before.state())) {
            assertThat(before.state()).as("after DELETED and ABORTED nothing succeeds").isEqualTo(ARCHIVED);
            assertThat(command).as("an archived panel may only be rated").isIn(Command.RATE, Command.ADVANCE);
            assertThat(panel.state()).isEqualTo(ARCHIVED);
        }

        List<PanelStateChanged> changes = events.stream().filter(PanelStateChanged.class::isInstance)
                .map(PanelStateChanged.class::cast).toList();
        int moves = history.size() - before.history().size();
        assertThat(moves).isBetween(0, 1);
        if (moves == 0) {
            assertThat(panel.state()).isEqualTo(before.state());
            assertThat(changes).isEmpty();
            return;
        }
        Transition last = history.get(history.size() - 1);
        assertThat(last.from()).isEqualTo(before.state());
        assertThat(last.by()).isEqualTo(actor.id());
        assertThat(Lifecycle.mayMove(actor, last.from(), last.to(), before.lead(), before.leadErn())).isTrue();
        assertThat(changes).containsExactly(new PanelStateChanged(panel.id(), last.from(), last.to(), last.reason(), last.by(), last.at()));
        if (Lifecycle.requiresReason(last.from(), last.to())) {
            assertThat(last.reason()).isNotBlank();
        }
        if (last.to() == CLOSED) {
            assertThat(panel.outcome()).get().matches(Outcome::isFinal);
            assertThat(panel.contributions().size()).isGreaterThanOrEqualTo(Fixtures.CONFIGURATION.contributionQuorum());
        }
        assertThat(Panel.restore(panel.snapshot()).snapshot()).isEqualTo(panel.snapshot());
    }
}
