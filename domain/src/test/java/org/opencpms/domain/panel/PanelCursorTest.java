package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.panel.Fixtures.CENTRE;
import static org.opencpms.domain.panel.Fixtures.CONSENTING;
import static org.opencpms.domain.panel.Fixtures.ERN;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.PATIENT;
import static org.opencpms.domain.panel.Fixtures.T0;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;

class PanelCursorTest {

    private static final PanelId LOW = PanelId.of("00000000-0000-4000-8000-000000000001");
    private static final PanelId HIGH = PanelId.of("f0000000-0000-4000-8000-000000000000");

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    private static Panel drafted(PanelId id, Instant at) {
        return Panel.draft(id, PATIENT, CENTRE, ERN, LEAD, Fixtures.completeForm(), CONSENTING, at);
    }

    @Test
    void the_position_of_a_panel_is_its_drafting_time_and_id() {
        assertThat(PanelCursor.of(drafted(LOW, T0))).isEqualTo(new PanelCursor(T0, LOW));
    }

    @Test
    void the_token_is_the_base64url_of_the_drafting_time_and_the_id_and_reads_back() {
        var cursor = new PanelCursor(T0.plusNanos(1_500), HIGH);

        assertThat(cursor.token()).isEqualTo(encoded("2026-03-02T09:00:00.000001500Z~f0000000-0000-4000-8000-000000000000"));
        assertThat(PanelCursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void a_text_that_is_not_a_panel_list_token_is_an_invalid_cursor() {
        for (String bad : List.of("not a token", encoded("2026-03-02T09:00:00Z"), encoded("2026-03-02T09:00:00Z~nope"),
                encoded("2026-03-02~" + LOW), encoded("2026-03-02T10:00:00+01:00~" + LOW),
                encoded("2026-03-02T09:00:00.000Z~" + LOW))) {
            assertThatThrownBy(() -> PanelCursor.parse(bad)).as(bad).isInstanceOf(InvalidValue.class)
                    .extracting(PanelCursorTest::code).isEqualTo("cursor.invalid");
        }
        assertThatThrownBy(() -> PanelCursor.parse(null)).extracting(PanelCursorTest::code).isEqualTo("cursor.invalid");
    }

    @Test
    void both_values_are_required() {
        assertThatThrownBy(() -> new PanelCursor(null, LOW)).extracting(PanelCursorTest::code).isEqualTo("cursor.invalid");
        assertThatThrownBy(() -> new PanelCursor(T0, null)).extracting(PanelCursorTest::code).isEqualTo("cursor.invalid");
    }

    @Test
    void the_list_is_most_recently_drafted_first_ties_by_id_as_text() {
        var newest = new PanelCursor(T0.plusNanos(1), HIGH);
        var low = new PanelCursor(T0, LOW);
        var high = new PanelCursor(T0, HIGH);
        var oldest = new PanelCursor(T0.minus(Duration.ofDays(1)), LOW);

        assertThat(List.of(oldest, high, newest, low).stream().sorted(PanelCursor.LIST_ORDER).toList())
                .containsExactly(newest, low, high, oldest);
    }

    @Test
    void a_position_precedes_exactly_the_panels_after_it() {
        var position = new PanelCursor(T0, PanelId.of("80000000-0000-4000-8000-000000000000"));

        assertThat(position.precedes(drafted(HIGH, T0))).isTrue();
        assertThat(position.precedes(drafted(LOW, T0.minusNanos(1)))).isTrue();
        assertThat(position.precedes(drafted(position.id(), T0))).isFalse();
        assertThat(position.precedes(drafted(LOW, T0))).isFalse();
        assertThat(position.precedes(drafted(HIGH, T0.plusNanos(1)))).isFalse();
    }
}
