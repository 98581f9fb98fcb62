package org.opencpms.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class KpiReportTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");
    private final UserId anna = UserId.random();
    private final UserId bert = UserId.random();
    private final UserId carl = UserId.random();
    private final List<UserFact> users = List.of(
            new UserFact(anna, Country.of("DE"), Set.of(Ern.ERKNET)),
            new UserFact(bert, Country.of("FR"), Set.of(Ern.ERKNET, Ern.ITHACA)),
            new UserFact(carl, Country.of("FR"), Set.of(Ern.ITHACA)));

    private static PanelFact closed(Ern ern, int daysOpen, Integer usefulness, UserId... participants) {
        Instant opened = FROM.plus(Duration.ofDays(10));
        return new PanelFact(ern, PanelState.CLOSED, false, FROM, opened, opened.plus(Duration.ofDays(daysOpen)), usefulness,
                Set.of(participants));
    }

    @Test
    void an_ern_report_counts_its_users_panels_closures_time_to_outcome_and_usefulness() {
        var panels = List.of(
                closed(Ern.ERKNET, 10, 4, anna),
                closed(Ern.ERKNET, 30, 5, anna, bert),
                closed(Ern.ERKNET, 20, null, anna),
                new PanelFact(Ern.ERKNET, PanelState.ASSESSMENT, true, FROM, FROM.plusSeconds(60), null, null, Set.of(anna)),
                new PanelFact(Ern.ERKNET, PanelState.DELETED, false, FROM, null, null, null, Set.of(anna)),
                closed(Ern.ITHACA, 5, 1, carl));

        var report = KpiReport.compute(Ern.ERKNET, FROM, TO, panels, users);

        assertThat(report.ern()).contains(Ern.ERKNET);
        assertThat(report.registeredUsersByCountry()).isEqualTo(Map.of("DE", 1L, "FR", 1L));
        assertThat(report.activeUsersByCountry()).isEqualTo(Map.of("DE", 1L, "FR", 1L));
        assertThat(report.panelsByErn()).isEqualTo(Map.of(Ern.ERKNET, 4L));
        assertThat(report.panelsByState()).isEqualTo(Map.of(PanelState.CLOSED, 3L, PanelState.ASSESSMENT, 1L));
        assertThat(report.panelsClosed()).isEqualTo(3);
        assertThat(report.medianTimeToOutcome()).contains(Duration.ofDays(20));
        assertThat(report.meanUsefulness().getAsDouble()).isEqualTo(4.5);
    }

    @Test
    void the_overall_report_counts_every_ern_and_an_even_count_has_the_mean_of_the_middle_two_as_median() {
        var panels = List.of(closed(Ern.ERKNET, 10, null, anna), closed(Ern.ITHACA, 20, null, carl));

        var report = KpiReport.compute(null, FROM, TO, panels, users);

        assertThat(report.ern()).isEmpty();
        assertThat(report.registeredUsersByCountry()).isEqualTo(Map.of("DE", 1L, "FR", 2L));
        assertThat(report.activeUsersByCountry()).isEqualTo(Map.of("DE", 1L, "FR", 1L));
        assertThat(report.panelsByErn()).isEqualTo(Map.of(Ern.ERKNET, 1L, Ern.ITHACA, 1L));
        assertThat(report.medianTimeToOutcome()).contains(Duration.ofDays(15));
        assertThat(report.meanUsefulness()).isEmpty();
    }

    @Test
    void panels_closed_outside_the_period_and_panels_never_opened_are_not_active_or_closed_in_it() {
        Instant before = FROM.minus(Duration.ofDays(40));
        var closedBefore = new PanelFact(Ern.ERKNET, PanelState.ARCHIVED, false, before, before, before.plus(Duration.ofDays(1)), 3,
                Set.of(anna));
        var closedAtEnd = new PanelFact(Ern.ERKNET, PanelState.CLOSED, false, FROM, FROM, TO, 3, Set.of(bert));
        var draft = new PanelFact(Ern.ERKNET, PanelState.DRAFT, false, FROM, null, null, null, Set.of(carl));
        var closedAtStart = new PanelFact(Ern.ERKNET, PanelState.CLOSED, false, before, before, FROM, 2, Set.of(carl));

        var report = KpiReport.compute(Ern.ERKNET, FROM, TO, List.of(closedBefore, closedAtEnd, draft, closedAtStart), users);

        assertThat(report.panelsClosed()).isEqualTo(1);
        assertThat(report.meanUsefulness().getAsDouble()).isEqualTo(2.0);
        assertThat(report.activeUsersByCountry()).isEqualTo(Map.of("FR", 2L));
        assertThat(report.medianTimeToOutcome()).contains(Duration.ofDays(40));
    }

    @Test
    void guests_and_experts_of_other_erns_on_an_erns_panels_are_its_active_users_but_not_its_registered_ones() {
        var dora = UserId.random();
        var everyone = List.of(users.get(0), users.get(1), users.get(2), new UserFact(dora, Country.of("IT"), Set.of()));
        var panels = List.of(closed(Ern.ERKNET, 10, null, anna, carl, dora), closed(Ern.ITHACA, 10, null, bert));

        var report = KpiReport.compute(Ern.ERKNET, FROM, TO, panels, everyone);

        assertThat(report.registeredUsersByCountry()).isEqualTo(Map.of("DE", 1L, "FR", 1L));
        assertThat(report.activeUsersByCountry()).isEqualTo(Map.of("DE", 1L, "FR", 1L, "IT", 1L));
        var overall = KpiReport.compute(null, FROM, TO, panels, everyone);
        assertThat(overall.registeredUsersByCountry()).isEqualTo(Map.of("DE", 1L, "FR", 2L, "IT", 1L));
        assertThat(overall.activeUsersByCountry()).isEqualTo(Map.of("DE", 1L, "FR", 2L, "IT", 1L));
    }

    @Test
    void a_period_must_end_after_it_starts() {
        assertThat(KpiReport.compute(null, FROM, TO, List.of(), List.of()).panelsByState()).isEmpty();
        assertThatThrownBy(() -> KpiReport.compute(null, TO, TO, List.of(), List.of())).extracting("code").isEqualTo("period.invalid");
    }

    @Test
    void a_fact_is_taken_from_a_panel_without_any_patient_data() {
        var centre = ProviderId.random();
        var lead = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.EYE, centre));
        var patient = PatientId.random();
        var form = new ConsultationForm("r", "q", true, List.of(), List.of(), List.of(), Map.of(), List.of(), Optional.empty());
        var panel = Panel.draft(PanelId.random(), patient, centre, Ern.EYE, lead, form,
                new PatientConsents(patient, Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN)), FROM);

        var fact = PanelFact.of(panel);

        assertThat(fact).isEqualTo(new PanelFact(Ern.EYE, PanelState.DRAFT, true, FROM, null, null, null, Set.of(lead.id())));
        assertThat(fact.timeToOutcome()).isEmpty();
        assertThat(fact.activeDuring(FROM, TO)).isFalse();
    }
}
