package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * The complete state of a {@link Panel}, for storing it ({@link Panel#snapshot()}) and rebuilding it
 * ({@link Panel#restore(PanelSnapshot)}).
 *
 * <p>Invariants: the history is a chain that starts in DRAFT ({@code from} of each transition is the
 * {@code to} of the one before) and ends in {@code state}; at most one contribution per author; data
 * request ids and meeting ids are unique; lists are unmodifiable and hold no nulls; the version is not
 * negative.
 */
public record PanelSnapshot(PanelId id, PatientId patient, ProviderId patientCentre, Ern leadErn, UserId lead,
                            UserId draftedBy, Instant draftedAt, Optional<PanelId> copiedFrom, PanelState state,
                            ConsultationForm form, Optional<Instant> deadline, List<Transition> history,
                            List<Forwarding> forwardings, List<Handover> handovers, List<Invitation> invitations,
                            List<TimelineComment> comments, List<DataRequest> dataRequests,
                            List<Contribution> contributions, List<Meeting> meetings, Optional<Outcome> outcome,
                            Optional<Usefulness> usefulness, long version) {

    public PanelSnapshot {
        Require.present(id, "panel-snapshot");
        Require.present(patient, "panel-snapshot");
        Require.present(patientCentre, "panel-snapshot");
        Require.present(leadErn, "panel-snapshot");
        Require.present(lead, "panel-snapshot");
        Require.present(draftedBy, "panel-snapshot");
        Require.present(draftedAt, "panel-snapshot");
        copiedFrom = copiedFrom == null ? Optional.empty() : copiedFrom;
        Require.present(state, "panel-snapshot");
        Require.present(form, "panel-snapshot");
        deadline = deadline == null ? Optional.empty() : deadline;
        history = Values.listOf(history, "panel-snapshot");
        forwardings = Values.listOf(forwardings, "panel-snapshot");
        handovers = Values.listOf(handovers, "panel-snapshot");
        invitations = Values.listOf(invitations, "panel-snapshot");
        comments = Values.listOf(comments, "panel-snapshot");
        dataRequests = Values.listOf(dataRequests, "panel-snapshot");
        contributions = Values.listOf(contributions, "panel-snapshot");
        meetings = Values.listOf(meetings, "panel-snapshot");
        outcome = outcome == null ? Optional.empty() : outcome;
        usefulness = usefulness == null ? Optional.empty() : usefulness;
        if (version < 0) {
            throw new InvalidValue("panel-snapshot", "a version is not negative");
        }
        requireChain(history, state);
        requireDistinct(contributions, Contribution::author, "contribution author");
        requireDistinct(dataRequests, DataRequest::id, "data request id");
        requireDistinct(meetings, Meeting::id, "meeting id");
    }

    private static void requireChain(List<Transition> history, PanelState state) {
        PanelState reached = PanelState.DRAFT;
        for (Transition transition : history) {
            if (transition.from() != reached) {
                throw new InvalidValue("panel-snapshot", "the history jumps from " + reached + " to " + transition.from());
            }
            reached = transition.to();
        }
        if (reached != state) {
            throw new InvalidValue("panel-snapshot", "the history ends in " + reached + ", not in " + state);
        }
    }

    private static <T> void requireDistinct(List<T> items, Function<T, ?> key, String what) {
        if (new HashSet<>(items.stream().map(key).toList()).size() != items.size()) {
            throw new InvalidValue("panel-snapshot", "duplicate " + what);
        }
    }
}
