package org.opencpms.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.outbox.SampleEvent.Kind;
import org.opencpms.adapters.persistence.outbox.SampleEvent.Pair;
import org.opencpms.domain.accessrequest.AccessRequestAccepted;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.MeetingScheduled;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.PanelStateChanged;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.patient.PatientEnrolled;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.RoleGrant;

class EventJsonTest {

    private static final Instant AT = Instant.parse("2025-05-06T07:08:09.123456789Z");

    private static DomainEvent roundTrip(DomainEvent event) {
        return EventJson.decode(event.getClass().getName(), EventJson.encode(event));
    }

    private static JsonObject json(DomainEvent event) {
        try (var reader = Json.createReader(new StringReader(EventJson.encode(event)))) {
            return reader.readObject();
        }
    }

    static SampleEvent sample() {
        return new SampleEvent(PatientId.random(), UUID.randomUUID(), "ünïcode \"quoted\"\n", Long.MAX_VALUE, -7, (short) 300,
                (byte) -3, 0.25, 1.5f, new BigDecimal("12345678901234567890.0001"), true, Boolean.FALSE, LocalDate.of(2024, 2, 29),
                Duration.ofMinutes(90), URI.create("https://meet.example.org/r/42?x=1"), Kind.SECOND, List.of("b", "a", "b"),
                Set.of(Kind.FIRST, Kind.SECOND), List.of(new Pair("one", 1), new Pair("none", null)), new Pair("only", 2), null, AT);
    }

    @Test
    void every_kind_of_component_comes_back_equal() {
        var event = sample();

        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void a_record_is_an_object_of_its_components_and_an_id_is_its_value() {
        var event = sample();

        var json = json(event);

        assertThat(json.keySet()).containsExactly("patient", "raw", "text", "count", "small", "shorter", "tiny", "ratio", "rough",
                "amount", "flag", "boxed", "day", "length", "link", "kind", "words", "kinds", "pairs", "single", "absent",
                "occurredAt");
        assertThat(json.getString("patient")).isEqualTo(event.patient().value().toString());
        assertThat(json.getString("occurredAt")).isEqualTo("2025-05-06T07:08:09.123456789Z");
        assertThat(json.getString("day")).isEqualTo("2024-02-29");
        assertThat(json.getString("length")).isEqualTo("PT1H30M");
        assertThat(json.getString("kind")).isEqualTo("SECOND");
        assertThat(json.getJsonNumber("count").longValueExact()).isEqualTo(Long.MAX_VALUE);
        assertThat(json.getBoolean("flag")).isTrue();
        assertThat(json.getJsonArray("words").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("b", "a", "b");
        assertThat(json.getJsonObject("single").getString("name")).isEqualTo("only");
        assertThat(json.isNull("absent")).isTrue();
        assertThat(json.getJsonArray("pairs").getJsonObject(1).isNull("value")).isTrue();
    }

    @Test
    void the_domain_s_events_come_back_equal() {
        var by = UserId.random();
        List<DomainEvent> events = List.of(
                new PatientEnrolled(PatientId.random(), PseudonymId.random(), ProviderId.random(), UserId.random(), by, AT),
                new AccessRequestAccepted(AccessRequestId.random(), UserId.random(), Ern.BOND,
                        Set.of(RoleGrant.healthProfessional(Ern.BOND, ProviderId.random()), RoleGrant.researcher(Ern.BOND)), by, AT),
                new MeetingScheduled(PanelId.random(), MeetingId.random(), AT.plusSeconds(3600), Duration.ofMinutes(45),
                        Set.of(by, UserId.random()), VideoLink.of("https://meet.example.org/panel"), by, AT),
                new PanelStateChanged(PanelId.random(), PanelState.DRAFT, PanelState.values()[1], "ready", by, AT));

        assertThat(events).allSatisfy(event -> assertThat(roundTrip(event)).isEqualTo(event));
    }

    @Test
    void a_grant_s_absent_scope_is_written_as_null() {
        var grant = RoleGrant.researcher(Ern.BOND);
        var event = new AccessRequestAccepted(AccessRequestId.random(), UserId.random(), Ern.BOND, Set.of(grant), UserId.random(), AT);

        var written = json(event).getJsonArray("grants").getJsonObject(0);

        assertThat(written.getString("role")).isEqualTo("RESEARCHER");
        assertThat(written.getString("ern")).isEqualTo("BOND");
        assertThat(written.isNull("centre")).isTrue();
        assertThat(written.isNull("panel")).isTrue();
    }

    @Test
    void decoding_runs_the_record_s_own_validation() {
        String payload = EventJson.encode(new PatientEnrolled(PatientId.random(), PseudonymId.random(), ProviderId.random(),
                UserId.random(), UserId.random(), AT)).replaceFirst("\"centre\":\"[^\"]+\"", "\"centre\":null");

        assertThatThrownBy(() -> EventJson.decode(PatientEnrolled.class.getName(), payload)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void an_event_with_a_component_of_another_kind_is_refused() {
        var event = new UnencodableEvent(Map.of("a", "b"), AT);

        assertThatThrownBy(() -> EventJson.encode(event)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an event cannot carry a");
    }

    @Test
    void a_type_that_is_not_a_domain_event_record_is_refused() {
        assertThatThrownBy(() -> EventJson.decode("org.opencpms.NoSuchEvent", "{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown event type org.opencpms.NoSuchEvent");
        assertThatThrownBy(() -> EventJson.decode(String.class.getName(), "{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.String is not a domain event record");
    }

    @Test
    void a_value_of_the_wrong_json_kind_is_refused() {
        String payload = EventJson.encode(sample()).replace("\"flag\":true", "\"flag\":\"yes\"");

        assertThatThrownBy(() -> EventJson.decode(SampleEvent.class.getName(), payload)).isInstanceOf(IllegalArgumentException.class);
    }
}
