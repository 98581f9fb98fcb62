package org.opencpms.domain.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * The KPIs and activity figures of one ERN (or all, when {@code ern} is empty) over {@code [from, to)}:
 * registered and active users by country, panels by ERN and by state, panels closed in the period,
 * median time from opening to outcome of those, and mean usefulness rating.
 *
 * <p>A user is registered in an ERN when they hold a role in it (overall: any role), and active when
 * they took part (as lead or member) in a panel of the report's scope that was open at some time in
 * the period, whatever ERN they belong to: guest experts and experts of other ERNs count as active
 * users of the ERN whose panels they joined.
 */
public record KpiReport(Optional<Ern> ern, Instant from, Instant to,
                        Map<String, Long> registeredUsersByCountry, Map<String, Long> activeUsersByCountry,
                        Map<Ern, Long> panelsByErn, Map<PanelState, Long> panelsByState,
                        long panelsClosed, Optional<Duration> medianTimeToOutcome, OptionalDouble meanUsefulness) {

    private static final Set<PanelState> FINISHED = Set.of(PanelState.CLOSED, PanelState.ARCHIVED);

    public KpiReport {
        Require.present(ern, "ern");
        Require.present(from, "from");
        Require.present(to, "to");
        if (!from.isBefore(to)) {
            throw new InvalidValue("period", "a reporting period ends after it starts");
        }
        registeredUsersByCountry = Map.copyOf(registeredUsersByCountry);
        activeUsersByCountry = Map.copyOf(activeUsersByCountry);
        panelsByErn = Map.copyOf(panelsByErn);
        panelsByState = Map.copyOf(panelsByState);
    }

    /**
     * @param ern   the ERN reported on, or null for all
     * @param users every user holding any role ({@link KpiFacts#users()}), not only those of {@code ern}
     */
    public static KpiReport compute(Ern ern, Instant from, Instant to, Collection<PanelFact> panels, Collection<UserFact> users) {
        List<PanelFact> counted = panels.stream()
                .filter(p -> p.state() != PanelState.DELETED && (ern == null || p.ern() == ern))
                .toList();
        Set<UserId> active = counted.stream().filter(p -> p.activeDuring(from, to))
                .flatMap(p -> p.participants().stream()).collect(Collectors.toSet());
        List<PanelFact> closedInPeriod = counted.stream()
                .filter(p -> FINISHED.contains(p.state()) && p.outcomeFinalisedAt() != null
                        && !p.outcomeFinalisedAt().isBefore(from) && p.outcomeFinalisedAt().isBefore(to))
                .toList();
        return new KpiReport(Optional.ofNullable(ern), from, to,
                byCountry(users.stream().filter(u -> ern == null || u.erns().contains(ern)).toList()),
                byCountry(users.stream().filter(u -> active.contains(u.user())).toList()),
                counted.stream().collect(Collectors.groupingBy(PanelFact::ern, Collectors.counting())),
                counted.stream().collect(Collectors.groupingBy(PanelFact::state, Collectors.counting())),
                closedInPeriod.size(),
                median(closedInPeriod.stream().flatMap(p -> p.timeToOutcome().stream()).sorted().toList()),
                closedInPeriod.stream().filter(p -> p.usefulness() != null).mapToInt(PanelFact::usefulness).average());
    }

    private static Map<String, Long> byCountry(List<UserFact> users) {
        return new TreeMap<>(users.stream().collect(Collectors.groupingBy(u -> u.country().code(), Collectors.counting())));
    }

    private static Optional<Duration> median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
