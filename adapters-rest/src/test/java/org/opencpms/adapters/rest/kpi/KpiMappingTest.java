package org.opencpms.adapters.rest.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.kpi.KpiReport;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

class KpiMappingTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void a_report_becomes_its_json_field_by_field() {
        var report = new KpiReport(Optional.of(Ern.ERKNET), FROM, TO, Map.of("DE", 3L, "FR", 1L), Map.of("DE", 2L),
                Map.of(Ern.ERKNET, 5L), Map.of(PanelState.CLOSED, 2L, PanelState.DRAFT, 3L), 2,
                Optional.of(Duration.ofHours(72)), OptionalDouble.of(4.5));

        var json = KpiJson.of(report);

        assertThat(json.ern()).isEqualTo("ERKNET");
        assertThat(json.from()).isEqualTo(FROM);
        assertThat(json.to()).isEqualTo(TO);
        assertThat(json.registeredUsersByCountry()).containsExactly(Map.entry("DE", 3L), Map.entry("FR", 1L));
        assertThat(json.activeUsersByCountry()).containsExactly(Map.entry("DE", 2L));
        assertThat(json.panelsByErn()).containsExactly(Map.entry("ERKNET", 5L));
        assertThat(json.panelsByState()).containsExactly(Map.entry("CLOSED", 2L), Map.entry("DRAFT", 3L));
        assertThat(json.panelsClosed()).isEqualTo(2);
        assertThat(json.medianTimeToOutcome()).isEqualTo("PT72H");
        assertThat(json.meanUsefulness()).isEqualTo(4.5);
    }

    @Test
    void a_report_of_all_erns_without_closed_panels_leaves_out_what_it_does_not_know() {
        var report = new KpiReport(Optional.empty(), FROM, TO, Map.of(), Map.of(), Map.of(), Map.of(), 0,
                Optional.empty(), OptionalDouble.empty());

        var text = JSONB.toJson(KpiJson.of(report));

        assertThat(text).doesNotContain("\"ern\"", "medianTimeToOutcome", "meanUsefulness", "null")
                .contains("\"from\":\"2024-01-01T00:00:00Z\"", "\"panelsClosed\":0");
    }

    @Test
    void the_query_takes_the_parameters_as_given_and_leaves_absent_ones_to_the_use_case() {
        var actor = Actor.of(UserId.random());

        var all = KpiResource.query(actor, null, null, null);
        var one = KpiResource.query(actor, "ERKNet", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z");

        assertThat(all.actor()).isEqualTo(actor);
        assertThat(all.ern()).isNull();
        assertThat(all.from()).isNull();
        assertThat(all.to()).isNull();
        assertThat(one.ern()).isEqualTo(Ern.ERKNET);
        assertThat(one.from()).isEqualTo(FROM);
        assertThat(one.to()).isEqualTo(TO);
        assertThatThrownBy(() -> KpiResource.query(actor, null, "last year", null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("from.invalid"));
    }
}
