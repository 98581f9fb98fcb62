package org.opencpms.application.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.memory.InMemoryKpiFacts;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.user.RoleGrant;

class ReadKpisTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReadKpis read = new ReadKpis(new InMemoryKpiFacts(world.panels::all, world.users::all), world.policy,
            world.auditing, world.clock);

    @Test
    void a_coordinator_reads_the_last_twelve_months_of_their_ern_by_default() {
        var closed = world.closed(world.expert(ERN));
        world.change(closed, p -> p.rateUsefulness(world.lead, 4, NOW));
        world.draft();
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        var report = read.handle(ReadKpis.Query.lastYear(coordinator, ERN));

        assertThat(report.ern()).contains(ERN);
        assertThat(report.from()).isEqualTo(Instant.parse("2024-03-14T10:00:00Z"));
        assertThat(report.to()).isEqualTo(NOW);
        assertThat(report.panelsByState()).isEqualTo(Map.of(PanelState.CLOSED, 1L, PanelState.DRAFT, 1L));
        assertThat(report.panelsClosed()).isEqualTo(1);
        assertThat(report.medianTimeToOutcome()).contains(Duration.ofDays(7));
        assertThat(report.meanUsefulness()).hasValue(4.0);
        assertThat(report.registeredUsersByCountry()).isEqualTo(Map.of("NL", 3L));
        assertThat(report.activeUsersByCountry()).isEqualTo(Map.of("NL", 2L));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.actor()).isEqualTo(coordinator.id());
        assertThat(entry.resourceType()).isEqualTo("KpiReport");
        assertThat(entry.resourceId()).isEqualTo(ERN.code());
        assertThat(entry.patient()).isNull();
    }

    @Test
    void guests_and_experts_of_other_erns_on_the_erns_panels_are_its_active_users_but_not_registered_in_it() {
        var panel = world.inSelection();
        var guest = world.person(RoleGrant.guestExpert(panel));
        world.join(panel, guest, world.expert(OTHER_ERN));
        world.expert(OTHER_ERN);
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        var report = read.handle(ReadKpis.Query.lastYear(coordinator, ERN));

        assertThat(report.registeredUsersByCountry()).isEqualTo(Map.of("NL", 2L));
        assertThat(report.activeUsersByCountry()).isEqualTo(Map.of("NL", 3L));
    }

    @Test
    void the_period_asked_for_is_the_one_reported_and_a_coordinator_of_any_ern_reads_all_erns() {
        world.closed(world.expert(ERN));
        var coordinator = world.person(RoleGrant.coordinator(OTHER_ERN, world.otherCentre));
        var from = NOW.minus(Duration.ofDays(10));

        var report = read.handle(new ReadKpis.Query(coordinator, null, from, NOW));

        assertThat(report.ern()).isEqualTo(Optional.empty());
        assertThat(report.from()).isEqualTo(from);
        assertThat(report.panelsByErn()).isEqualTo(Map.of(ERN, 1L));
        assertThat(report.panelsClosed()).isZero();
        assertThat(world.lastAudit().resourceId()).isEqualTo("all");
    }

    @Test
    void only_a_coordinator_of_the_ern_reads_its_kpis() {
        var otherCoordinator = world.person(RoleGrant.coordinator(OTHER_ERN, world.otherCentre));

        assertRefused(() -> read.handle(ReadKpis.Query.lastYear(world.lead, ERN)), "access.kpi-forbidden");
        assertRefused(() -> read.handle(ReadKpis.Query.lastYear(world.lead, null)), "access.kpi-forbidden");
        assertRefused(() -> read.handle(ReadKpis.Query.lastYear(otherCoordinator, ERN)), "access.kpi-forbidden");
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void a_period_ends_after_it_starts() {
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        assertRefused(() -> read.handle(new ReadKpis.Query(coordinator, ERN, NOW, NOW)), "period.invalid");
    }
}
