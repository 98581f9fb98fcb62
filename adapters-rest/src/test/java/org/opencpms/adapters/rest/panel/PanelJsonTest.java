package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.adapters.rest.panel.Panels.COORDINATOR;
import static org.opencpms.adapters.rest.panel.Panels.LEAD;
import static org.opencpms.adapters.rest.panel.Panels.MEETING;
import static org.opencpms.adapters.rest.panel.Panels.MEMBER;
import static org.opencpms.adapters.rest.panel.Panels.PANEL;
import static org.opencpms.adapters.rest.panel.Panels.PATIENT;
import static org.opencpms.adapters.rest.panel.Panels.REQUEST;
import static org.opencpms.adapters.rest.panel.Panels.SOURCE;
import static org.opencpms.adapters.rest.panel.Panels.T0;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.application.panel.PanelView;
import org.opencpms.domain.panel.Contribution;
import org.opencpms.domain.panel.ContributionComment;
import org.opencpms.domain.panel.TimelineComment;
import org.opencpms.adapters.rest.panel.PanelJson.CommentJson;
import org.opencpms.adapters.rest.panel.PanelJson.DataAnswerJson;
import org.opencpms.adapters.rest.panel.PanelJson.DataRequestJson;
import org.opencpms.adapters.rest.panel.PanelJson.ForwardingJson;
import org.opencpms.adapters.rest.panel.PanelJson.HandoverJson;
import org.opencpms.adapters.rest.panel.PanelJson.InvitationJson;
import org.opencpms.adapters.rest.panel.PanelJson.MeetingJson;
import org.opencpms.adapters.rest.panel.PanelJson.OutcomeReviewJson;
import org.opencpms.adapters.rest.panel.PanelJson.PatientCardJson;
import org.opencpms.adapters.rest.panel.PanelJson.PersonJson;
import org.opencpms.adapters.rest.panel.PanelJson.TransitionJson;
import org.opencpms.adapters.rest.panel.PanelJson.UsefulnessJson;

class PanelJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final AttachmentJson REPORT =
            new AttachmentJson("DOCUMENT", "doc/42", "Genetic report", "application/pdf");
    private static final AttachmentJson STUDY =
            new AttachmentJson("IMAGING_STUDY", "1.2.826.0.1.3680043.2.1125", "Brain MRI", "application/dicom");

    @Test
    void the_people_the_panel_mentions_are_named_by_id_in_a_stable_order() {
        var json = PanelJson.of(Panels.fullView(), Map.of(MEMBER, "Dr Member", LEAD, "Dr Lead"));

        assertThat(json.people()).containsExactlyInAnyOrder(new PersonJson(LEAD.value(), "Dr Lead"),
                new PersonJson(MEMBER.value(), "Dr Member")).isSortedAccordingTo(
                        java.util.Comparator.comparing(person -> person.id().toString()));
        assertThat(JSONB.toJson(json)).contains("\"people\":[{\"displayName\":");
    }

    @Test
    void the_panel_header_is_mapped_field_by_field() {
        var json = PanelJson.of(Panels.fullView(), Map.of());

        assertThat(json.id()).isEqualTo(PANEL.value());
        assertThat(json.version()).isEqualTo(7);
        assertThat(json.patient()).isEqualTo(new PatientCardJson(PATIENT.value(), "brave-otter-12", 9, "FEMALE"));
        assertThat(json.leadErn()).isEqualTo("EURO_NMD");
        assertThat(json.leadErnName()).isEqualTo("EURO-NMD (European Reference Network on rare neuromuscular diseases)");
        assertThat(json.lead()).isEqualTo(LEAD.value());
        assertThat(json.members()).containsExactly(LEAD.value(), MEMBER.value());
        assertThat(json.state()).isEqualTo("SIGN_OFF");
        assertThat(json.urgent()).isTrue();
        assertThat(json.form()).isEqualTo(ConsultationFormJson.of(Panels.fullForm()));
        assertThat(json.attachments()).containsExactly(REPORT, STUDY);
        assertThat(json.draftedAt()).isEqualTo(T0);
        assertThat(json.openedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(json.deadline()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(json.copiedFrom()).isEqualTo(SOURCE.value());
        assertThat(json.timeToOutcome()).isEqualTo("PT36H");
    }

    @Test
    void the_history_forwardings_handovers_and_invitations_are_mapped_field_by_field() {
        var json = PanelJson.of(Panels.fullView(), Map.of());

        assertThat(json.history()).containsExactly(
                new TransitionJson("DRAFT", "PANEL_SELECTION", LEAD.value(), T0.plusSeconds(60), null),
                new TransitionJson("ASSESSMENT", "PANEL_SELECTION", LEAD.value(), T0.plusSeconds(90),
                        "need a geneticist"));
        assertThat(json.forwardings()).containsExactly(new ForwardingJson("RND", "EURO_NMD", COORDINATOR.value(),
                "neuromuscular case", T0.plusSeconds(70)));
        assertThat(json.handovers()).containsExactly(
                new HandoverJson(COORDINATOR.value(), LEAD.value(), COORDINATOR.value(), T0.plusSeconds(80)));
        assertThat(json.invitations()).containsExactly(new InvitationJson(MEMBER.value(), "SAME_ERN", LEAD.value(),
                T0.plusSeconds(100), "ACCEPTED", T0.plusSeconds(200)));
    }

    @Test
    void the_discussion_is_mapped_field_by_field() {
        var json = PanelJson.of(Panels.fullView(), Map.of());

        assertThat(json.timeline()).containsExactly(new CommentJson(MEMBER.value(), "Seen the MRI", T0.plusSeconds(300)));
        assertThat(json.dataRequests()).containsExactly(new DataRequestJson(REQUEST.value(), MEMBER.value(),
                "CK levels over time?", T0.plusSeconds(400),
                new DataAnswerJson(LEAD.value(), "Attached", List.of(REPORT), T0.plusSeconds(500))));
        var contribution = json.contributions().get(0);
        assertThat(contribution.author()).isEqualTo(MEMBER.value());
        assertThat(contribution.text()).isEqualTo("Likely LGMD");
        assertThat(contribution.recordedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(contribution.updatedAt()).isEqualTo(T0.plusSeconds(700));
        assertThat(contribution.comments()).containsExactly(new CommentJson(LEAD.value(), "Agreed", T0.plusSeconds(800)));
    }

    @Test
    void meetings_outcome_and_usefulness_are_mapped_field_by_field() {
        var json = PanelJson.of(Panels.fullView(), Map.of());

        var lowFirst = LEAD.value().toString().compareTo(MEMBER.value().toString()) < 0;
        assertThat(json.meetings()).containsExactly(new MeetingJson(MEETING.value(), LEAD.value(),
                T0.plus(Duration.ofDays(2)), "PT45M",
                lowFirst ? List.of(LEAD.value(), MEMBER.value()) : List.of(MEMBER.value(), LEAD.value()),
                "https://meet.example.org/panel-1", "SCHEDULED", "rec/1"));
        var outcome = json.outcome();
        assertThat(outcome.conclusion()).isEqualTo("LGMD2A");
        assertThat(outcome.recommendations()).isEqualTo("Genetic testing of CAPN3");
        assertThat(outcome.treatmentPlan()).as("an empty treatment plan is absent").isNull();
        assertThat(outcome.draftedBy()).isEqualTo(LEAD.value());
        assertThat(outcome.draftedAt()).isEqualTo(T0.plusSeconds(900));
        assertThat(outcome.reviews()).containsExactly(
                new OutcomeReviewJson(MEMBER.value(), "AGREE", null, T0.plusSeconds(950)));
        assertThat(outcome.finalisedAt()).isEqualTo(T0.plusSeconds(1000));
        assertThat(json.usefulness()).isEqualTo(new UsefulnessJson(5, LEAD.value(), T0.plusSeconds(2000)));
        assertThat(json.allowedActions()).as("in the order of PanelAction").containsExactly("COMMENT", "REVIEW_OUTCOME");
    }

    @Test
    void a_long_timeline_is_cut_to_its_latest_page_with_the_position_to_read_older_comments_before() {
        var d = Panels.freshDraft();
        var comments = java.util.stream.IntStream.rangeClosed(1, 120)
                .mapToObj(i -> new TimelineComment(MEMBER, "Comment " + i, T0.plusSeconds(i))).toList();
        var view = new PanelView(d.id(), d.version(), d.patient(), d.leadErn(), d.lead(), d.members(), d.state(),
                d.urgent(), d.form(), d.attachments(), d.draftedAt(), d.openedAt(), d.deadline(), d.copiedFrom(),
                d.history(), d.forwardings(), d.handovers(), d.invitations(), comments, d.dataRequests(),
                d.contributions(), d.meetings(), d.outcome(), d.usefulness(), d.timeToOutcome(), d.allowedActions());

        var json = PanelJson.of(view, Map.of());

        assertThat(json.timeline()).hasSize(PanelJson.TIMELINE_PAGE);
        assertThat(json.timeline().get(0).text()).isEqualTo("Comment 71");
        assertThat(json.timeline().get(PanelJson.TIMELINE_PAGE - 1).text()).isEqualTo("Comment 120");
        assertThat(json.timelineNext()).isEqualTo("71");
        assertThat(PanelJson.of(Panels.fullView(), Map.of()).timelineNext()).as("a short timeline is whole").isNull();
    }

    @Test
    void a_contribution_with_many_comments_carries_its_latest_page_and_the_position_to_read_older_ones_before() {
        var comments = java.util.stream.IntStream.rangeClosed(1, 120)
                .mapToObj(i -> new ContributionComment(MEMBER, "Comment " + i, T0.plusSeconds(i))).toList();

        var json = PanelJson.ContributionJson.of(new Contribution(LEAD, "Likely Alport syndrome", T0, T0, comments));

        assertThat(json.comments()).hasSize(PanelJson.TIMELINE_PAGE);
        assertThat(json.comments().get(0).text()).isEqualTo("Comment 71");
        assertThat(json.comments().get(PanelJson.TIMELINE_PAGE - 1).text()).isEqualTo("Comment 120");
        assertThat(json.commentsNext()).isEqualTo("71");
        assertThat(PanelJson.of(Panels.fullView(), Map.of()).contributions()).as("a few comments are whole")
                .allSatisfy(c -> assertThat(c.commentsNext()).isNull());
    }

    @Test
    void what_a_fresh_draft_lacks_is_absent_from_its_json() {
        var text = JSONB.toJson(PanelJson.of(Panels.freshDraft(), Map.of()));

        assertThat(text).doesNotContain("\"openedAt\"", "\"deadline\"", "\"copiedFrom\"", "\"outcome\"",
                "\"usefulness\"", "\"timeToOutcome\"", "\"timelineNext\"", "\"reasonForRequest\"", "\"pedigree\"", "null");
        assertThat(text).contains("\"state\":\"DRAFT\"", "\"version\":0", "\"leadErn\":\"EURO_NMD\"",
                "\"draftedAt\":\"2025-03-01T09:00:00Z\"", "\"history\":[]");
    }

    @Test
    void a_panel_survives_a_json_round_trip_with_ids_as_strings_and_instants_in_iso_8601() {
        var json = PanelJson.of(Panels.fullView(), Map.of());
        var text = JSONB.toJson(json);

        assertThat(text).contains("\"id\":\"" + PANEL.value() + "\"", "\"openedAt\":\"2025-03-01T09:01:00Z\"",
                "\"duration\":\"PT45M\"", "\"system\":\"ICD_10\"", "\"code\":\"G71.0\"");
        assertThat(JSONB.fromJson(text, PanelJson.class)).isEqualTo(json);
    }

    @Test
    void a_panel_never_carries_identifying_data_only_the_patient_card() {
        var text = JSONB.toJson(PanelJson.of(Panels.fullView(), Map.of()).patient());

        assertThat(text).isEqualTo("{\"ageInYears\":9,\"id\":\"" + PATIENT.value()
                + "\",\"nickname\":\"brave-otter-12\",\"sex\":\"FEMALE\"}");
    }
}
