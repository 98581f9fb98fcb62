package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.adapters.rest.panel.Panels.LEAD;
import static org.opencpms.adapters.rest.panel.Panels.MEETING;
import static org.opencpms.adapters.rest.panel.Panels.MEMBER;
import static org.opencpms.adapters.rest.panel.Panels.PANEL;
import static org.opencpms.adapters.rest.panel.Panels.PATIENT;
import static org.opencpms.adapters.rest.panel.Panels.REQUEST;
import static org.opencpms.adapters.rest.panel.Panels.T0;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.user.Actor;

class PanelRequestsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final Actor ACTOR = Actor.of(LEAD);
    private static final Long V3 = 3L;

    @Test
    void opening_a_panel_names_the_patient_the_lead_ern_and_the_form() {
        var form = new ConsultationFormJson("Weakness", "Which myopathy?", true, null, null, null, null, null, null);

        var command = new OpenPanelRequest(PATIENT.value(), "EURO_NMD", form).toCommand(ACTOR);

        assertThat(command.actor()).isEqualTo(ACTOR);
        assertThat(command.patient()).isEqualTo(PATIENT);
        assertThat(command.leadErn()).isEqualTo(Ern.EURO_NMD);
        assertThat(command.form()).isEqualTo(form.toForm());
    }

    @Test
    void opening_a_panel_without_a_form_opens_it_with_an_empty_one_and_the_ern_may_be_its_own_code() {
        var command = new OpenPanelRequest(PATIENT.value(), "EURO-NMD", null).toCommand(ACTOR);

        assertThat(command.leadErn()).isEqualTo(Ern.EURO_NMD);
        assertThat(command.form()).isEqualTo(ConsultationForm.empty());
    }

    @Test
    void an_unknown_ern_is_an_invalid_value_naming_the_field() {
        assertThatThrownBy(() -> new OpenPanelRequest(PATIENT.value(), "ERN-NOPE", null).toCommand(ACTOR))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("lead-ern.invalid"));
        assertThatThrownBy(() -> new ForwardRequest("ERN-NOPE", "why").toCommand(ACTOR, PANEL, V3))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("ern.invalid"));
    }

    @Test
    void forwarding_names_the_target_ern_the_reason_and_the_expected_version() {
        var command = new ForwardRequest("RND", "a neurological case").toCommand(ACTOR, PANEL, V3);

        assertThat(command.actor()).isEqualTo(ACTOR);
        assertThat(command.panel()).isEqualTo(PANEL);
        assertThat(command.expectedVersion()).isEqualTo(V3);
        assertThat(command.to()).isEqualTo(Ern.RND);
        assertThat(command.reason()).isEqualTo("a neurological case");
    }

    @Test
    void a_handover_names_the_new_lead() {
        var command = new HandoverRequest(MEMBER.value()).toCommand(ACTOR, PANEL, null);

        assertThat(command.panel()).isEqualTo(PANEL);
        assertThat(command.expectedVersion()).isNull();
        assertThat(command.newLead()).isEqualTo(MEMBER);
    }

    @Test
    void a_deadline_is_passed_as_the_instant_sent() {
        var command = new DeadlineRequest(T0).toCommand(ACTOR, PANEL, V3);

        assertThat(command.deadline()).isEqualTo(T0);
        assertThat(command.expectedVersion()).isEqualTo(V3);
    }

    @Test
    void an_invitation_names_the_invitee() {
        var command = new InvitationRequest(MEMBER.value()).toCommand(ACTOR, PANEL, V3);

        assertThat(command.invitee()).isEqualTo(MEMBER);
        assertThat(command.panel()).isEqualTo(PANEL);
        assertThat(command.expectedVersion()).isEqualTo(V3);
    }

    @Test
    void an_answer_to_a_data_request_carries_its_text_and_attachments() {
        var report = new AttachmentJson("DOCUMENT", "doc/42", "Genetic report", "application/pdf");

        var command = new DataAnswerRequest("Attached", List.of(report)).toCommand(ACTOR, PANEL, V3, REQUEST);

        assertThat(command.request()).isEqualTo(REQUEST);
        assertThat(command.text()).isEqualTo("Attached");
        assertThat(command.attachments()).containsExactly(Panels.REPORT);
        assertThat(new DataAnswerRequest("No more", null).toCommand(ACTOR, PANEL, V3, REQUEST).attachments())
                .isEmpty();
    }

    @Test
    void a_meeting_has_its_start_length_in_minutes_attendees_and_video_link() {
        var command = new MeetingRequest(T0, 45, Set.of(LEAD.value(), MEMBER.value()), "https://meet.example.org/x")
                .toCommand(ACTOR, PANEL, V3);

        assertThat(command.start()).isEqualTo(T0);
        assertThat(command.duration()).isEqualTo(Duration.ofMinutes(45));
        assertThat(command.attendees()).containsExactlyInAnyOrder(LEAD, MEMBER);
        assertThat(command.videoLink()).isEqualTo("https://meet.example.org/x");
        assertThat(command.expectedVersion()).isEqualTo(V3);
    }

    @Test
    void a_meeting_without_a_length_or_with_a_null_attendee_is_an_invalid_value() {
        assertThatThrownBy(() -> new MeetingRequest(T0, null, Set.of(LEAD.value()), "https://x.org")
                .toCommand(ACTOR, PANEL, V3))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.code()).isEqualTo("meeting-duration.invalid"));
        var withNull = new HashSet<UUID>();
        withNull.add(null);
        assertThatThrownBy(() -> new MeetingRequest(T0, 45, withNull, "https://x.org").toCommand(ACTOR, PANEL, V3))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("attendees.invalid"));
    }

    @Test
    void rescheduling_names_the_meeting_and_its_new_time() {
        var command = new RescheduleRequest(T0, 30).toCommand(ACTOR, PANEL, V3, MEETING);

        assertThat(command.meeting()).isEqualTo(MEETING);
        assertThat(command.start()).isEqualTo(T0);
        assertThat(command.duration()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_recording_names_the_meeting_and_its_storage_key() {
        var command = new RecordingRequest("rec/9").toCommand(ACTOR, PANEL, V3, MEETING);

        assertThat(command.meeting()).isEqualTo(MEETING);
        assertThat(command.storageKey()).isEqualTo("rec/9");
    }

    @Test
    void an_outcome_draft_carries_its_three_parts() {
        var command = new OutcomeDraftRequest("LGMD2A", "Test CAPN3", null).toCommand(ACTOR, PANEL, V3);

        assertThat(command.conclusion()).isEqualTo("LGMD2A");
        assertThat(command.recommendations()).isEqualTo("Test CAPN3");
        assertThat(command.treatmentPlan()).isNull();
    }

    @Test
    void a_review_is_an_agreement_by_name_with_an_optional_comment() {
        var command = new OutcomeReviewRequest("DISAGREE", "Consider FSHD").toCommand(ACTOR, PANEL, V3);

        assertThat(command.agreement()).isEqualTo(Agreement.DISAGREE);
        assertThat(command.comment()).isEqualTo("Consider FSHD");
        assertThatThrownBy(() -> new OutcomeReviewRequest("MAYBE", null).toCommand(ACTOR, PANEL, V3))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("agreement.invalid"));
    }

    @Test
    void a_usefulness_rating_is_passed_as_is() {
        assertThat(new UsefulnessRequest(4).toCommand(ACTOR, PANEL, V3).rating()).isEqualTo(4);
        assertThatThrownBy(() -> new UsefulnessRequest(null).toCommand(ACTOR, PANEL, V3))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void requests_are_read_from_json_as_clients_send_them() {
        var open = JSONB.fromJson("{\"patient\":\"" + PATIENT.value() + "\",\"leadErn\":\"EURO_NMD\","
                + "\"form\":{\"reasonForRequest\":\"Weakness\",\"urgent\":true,"
                + "\"diagnoses\":[{\"system\":\"ORPHACODE\",\"code\":\"ORPHA:558\"}]}}", OpenPanelRequest.class);
        var meeting = JSONB.fromJson("{\"start\":\"2025-03-01T09:00:00Z\",\"durationMinutes\":45,"
                + "\"attendees\":[\"" + LEAD.value() + "\"],\"videoLink\":\"https://meet.example.org/x\"}",
                MeetingRequest.class);

        assertThat(open.patient()).isEqualTo(PATIENT.value());
        assertThat(open.form().urgent()).isTrue();
        assertThat(open.form().diagnoses()).hasSize(1);
        assertThat(open.form().sections()).isNull();
        assertThat(meeting.start()).isEqualTo(T0);
        assertThat(meeting.attendees()).containsExactly(LEAD.value());
    }
}
