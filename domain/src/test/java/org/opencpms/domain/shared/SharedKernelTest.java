package org.opencpms.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

class SharedKernelTest {

    record Happened(Instant occurredAt, int n) implements DomainEvent {
    }

    @Test
    void an_exception_code_is_dot_separated_lower_case() {
        assertThat(new Conflict("consent.already-withdrawn", "m").code()).isEqualTo("consent.already-withdrawn");
        assertThat(new NotFound("panel.not-found", "m").getMessage()).isEqualTo("m");
        for (String bad : new String[] {"Panel.NotFound", "panel", "panel..x", "panel.", ".x", "panel.x-"}) {
            assertThatThrownBy(() -> new RuleViolation(bad, "m")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Forbidden(null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Forbidden("a.b", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void an_invalid_value_is_a_rule_violation_named_after_the_field() {
        var e = new InvalidValue("nickname", "too long");
        assertThat(e).isInstanceOf(RuleViolation.class);
        assertThat(e.code()).isEqualTo("nickname.invalid");
    }

    @Test
    void ids_parse_uuids_and_refuse_anything_else() {
        var id = PanelId.random();
        assertThat(PanelId.of(id.toString())).isEqualTo(id);
        assertThat(UserId.of(UserId.random().toString())).isNotNull();
        assertThat(PatientId.of(PatientId.random().toString())).isNotNull();
        assertThat(ProviderId.of(ProviderId.random().toString())).isNotNull();
        assertThatThrownBy(() -> PanelId.of("nope")).extracting("code").isEqualTo("panel-id.invalid");
        assertThatThrownBy(() -> UserId.of(null)).extracting("code").isEqualTo("user-id.invalid");
        assertThatThrownBy(() -> new PatientId(null)).extracting("code").isEqualTo("patient-id.invalid");
        assertThatThrownBy(() -> ProviderId.of("")).extracting("code").isEqualTo("provider-id.invalid");
    }

    @Test
    void require_text_strips_and_enforces_length() {
        assertThat(Require.text(" abc ", "f", 3)).isEqualTo("abc");
        assertThat(Require.text("abc", "f", 3)).isEqualTo("abc");
        assertThatThrownBy(() -> Require.text("abcd", "f", 3)).extracting("code").isEqualTo("f.invalid");
        assertThatThrownBy(() -> Require.text("  ", "f", 3)).extracting("code").isEqualTo("f.invalid");
        assertThatThrownBy(() -> Require.text(null, "f", 3)).extracting("code").isEqualTo("f.invalid");
    }

    @Test
    void require_not_empty_and_no_null_entries() {
        assertThat(Require.notEmpty(List.of(1), "f")).containsExactly(1);
        assertThatThrownBy(() -> Require.notEmpty(List.of(), "f")).extracting("code").isEqualTo("f.invalid");
        assertThat(Require.noNullEntries(Map.of("a", "b"), "f")).containsEntry("a", "b");
        var withNullValue = new HashMap<String, String>();
        withNullValue.put("a", null);
        assertThatThrownBy(() -> Require.noNullEntries(withNullValue, "f")).extracting("code").isEqualTo("f.invalid");
        var withNullKey = new HashMap<String, String>();
        withNullKey.put(null, "b");
        assertThatThrownBy(() -> Require.noNullEntries(withNullKey, "f")).extracting("code").isEqualTo("f.invalid");
    }

    @Test
    void recorded_events_are_pulled_once_in_order() {
        var events = new RecordedEvents();
        events.record(new Happened(Instant.EPOCH, 1));
        events.record(new Happened(Instant.EPOCH, 2));

        assertThat(events.pull()).containsExactly(new Happened(Instant.EPOCH, 1), new Happened(Instant.EPOCH, 2));
        assertThat(events.pull()).isEmpty();
        assertThatThrownBy(() -> events.record(null)).isInstanceOf(NullPointerException.class);
    }


    @Test
    void a_stale_expected_version_is_a_concurrent_update() {
        var id = PanelId.random();
        ConcurrentUpdate.check("panel", id, null, 3);
        ConcurrentUpdate.check("panel", id, 3L, 3);
        assertThatThrownBy(() -> ConcurrentUpdate.check("panel", id, 2L, 3))
                .isInstanceOf(Conflict.class).extracting("code").isEqualTo("panel.concurrent-update");
        assertThat(new ConcurrentUpdate("patient", "p1").getMessage()).contains("patient p1");
    }

    @Test
    void a_page_starts_at_zero_or_later_and_holds_one_to_five_hundred_items() {
        Require.page(0, 1);
        Require.page(7, Require.MAX_PAGE_SIZE);
        assertThatThrownBy(() -> Require.page(-1, 10)).extracting("code").isEqualTo("offset.invalid");
        assertThatThrownBy(() -> Require.page(0, 0)).extracting("code").isEqualTo("limit.invalid");
        assertThatThrownBy(() -> Require.page(0, Require.MAX_PAGE_SIZE + 1)).extracting("code").isEqualTo("limit.invalid");
    }
}
