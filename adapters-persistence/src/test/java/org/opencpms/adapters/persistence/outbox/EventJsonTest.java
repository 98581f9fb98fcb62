package org.opencpms.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.accessrequest.AccessRequestAccepted;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.panel.MeetingScheduled;
import org.opencpms.domain.patient.PatientEnrolled;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.RoleGrant;

class EventJsonTest {

    private static DomainEvent roundTrip(DomainEvent event) {
        EventType type = EventTypes.of(event);
        return EventJson.decode(type, type.version(), EventJson.encode(event));
    }

    private static JsonObject json(DomainEvent event) {
        try (var reader = Json.createReader(new StringReader(EventJson.encode(event)))) {
            return reader.readObject();
        }
    }

    private static PatientEnrolled enrolled() {
        return new PatientEnrolled(PatientId.random(), PseudonymId.random(), ProviderId.random(), UserId.random(), UserId.random(),
                StoredEventSamples.AT);
    }

    @Test
    void every_domain_event_comes_back_equal() {
        assertThat(StoredEventSamples.all()).allSatisfy(event -> assertThat(roundTrip(event)).isEqualTo(event));
    }

    @Test
    void an_event_is_an_object_of_its_components_and_an_id_or_link_is_its_value() {
        var event = (MeetingScheduled) StoredEventSamples.all().stream().filter(MeetingScheduled.class::isInstance)
                .findFirst().orElseThrow();

        var json = json(event);

        assertThat(json.keySet()).containsExactlyInAnyOrder("panel", "meeting", "start", "duration", "attendees", "videoLink",
                "by", "occurredAt");
        assertThat(json.getString("panel")).isEqualTo(event.panel().value().toString());
        assertThat(json.getString("occurredAt")).isEqualTo("2025-05-06T07:08:09.123456789Z");
        assertThat(json.getString("duration")).isEqualTo("PT45M");
        assertThat(json.getString("videoLink")).isEqualTo("https://meet.example.org/panel?room=1");
        assertThat(json.getJsonArray("attendees").getString(0)).isEqualTo(event.by().value().toString());
    }

    @Test
    void a_grant_s_absent_scope_is_written_as_null() {
        var grant = RoleGrant.researcher(Ern.BOND);
        var event = new AccessRequestAccepted(AccessRequestId.random(), UserId.random(), Ern.BOND, Set.of(grant), UserId.random(),
                StoredEventSamples.AT);

        var written = json(event).getJsonArray("grants").getJsonObject(0);

        assertThat(written.getString("role")).isEqualTo("RESEARCHER");
        assertThat(written.getString("ern")).isEqualTo("BOND");
        assertThat(written.isNull("centre")).isTrue();
        assertThat(written.isNull("panel")).isTrue();
    }

    @Test
    void decoding_runs_the_record_s_own_validation() {
        String payload = EventJson.encode(enrolled()).replaceFirst("\"centre\":\"[^\"]+\"", "\"centre\":null");

        assertThatThrownBy(() -> EventJson.decode(EventTypes.named("patient.enrolled"), 1, payload))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_payload_that_does_not_fit_its_type_is_refused() {
        String payload = EventJson.encode(enrolled()).replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"yesterday\"");

        assertThatThrownBy(() -> EventJson.decode(EventTypes.named("patient.enrolled"), 1, payload))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unreadable patient.enrolled payload");
    }

    @Test
    void a_payload_of_a_format_version_this_build_does_not_know_is_refused() {
        String payload = EventJson.encode(enrolled());

        assertThatThrownBy(() -> EventJson.decode(EventTypes.named("patient.enrolled"), 2, payload))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("patient.enrolled of format 2, this build reads 1");
    }
}
