package org.opencpms.adapters.pdf.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.PLANTED;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.panel.PrintPanelDocument;
import org.opencpms.application.panel.PrintPanelDocument.Document;
import org.opencpms.domain.audit.AuditAction;
import java.util.List;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.AttachmentKind;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Relative;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/**
 * The panel documents end to end below the edge: {@link PrintPanelDocument} on the in-memory world whose patient
 * has planted identifying data, rendered by the real {@link PdfPanelDocuments}, read back with poppler-utils.
 */
class PdfPanelDocumentsTest {

    private static final String NICKNAME = "brave-okapi-0427";

    private final PanelFixtures world = new PanelFixtures();
    private final PrintPanelDocument print = new PrintPanelDocument(world.panels, world.patients, world.users,
            world.policy, new PdfPanelDocuments(), world.auditing, world.clock);
    private final Actor member = world.expert(ERN);

    @Test
    void the_outcome_names_the_patient_by_nickname_and_carries_the_signed_off_outcome() throws Exception {
        var panel = world.withOutcomeDraft(member);
        world.change(panel, p -> p.reviewOutcome(member, Agreement.AGREE, "Fully agree with the plan", NOW));
        world.change(panel, p -> p.finaliseOutcome(world.lead, NOW));

        var pdf = print.handle(new PrintPanelDocument.Query(member, panel, Document.OUTCOME));

        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo(NICKNAME + "-outcome.pdf");
        assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var text = Poppler.text(pdf.content());
        assertThat(text).contains(NICKNAME, "Final outcome", "Which genetic work-up is indicated?",
                "Alport syndrome", "Genetic testing", "ACE inhibitor", "Doctor 1", "Doctor 2", "Agrees",
                "Fully agree with the plan", "14 March 2025, 10:00 UTC", "ERKNet");
        assertThat(text).doesNotContain(PLANTED);
        world.assertAudited(AuditAction.READ, member, panel);
        assertThat(world.lastAudit().purpose()).isEqualTo("print outcome");
    }

    @Test
    void the_outcome_renders_as_an_a4_page_with_ink_on_it() throws Exception {
        var pdf = print.handle(new PrintPanelDocument.Query(world.lead, world.closed(member), Document.OUTCOME));

        BufferedImage page = Poppler.firstPage(pdf.content(), 50);

        assertThat(Poppler.pages(pdf.content())).isEqualTo(1);
        assertThat((double) page.getHeight() / page.getWidth()).isCloseTo(297.0 / 210.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(darkPixels(page)).as("dark pixels of text on the page").isGreaterThan(500);
    }

    @Test
    void a_draft_outcome_says_that_it_is_not_final() throws Exception {
        var pdf = print.handle(new PrintPanelDocument.Query(world.lead, world.withOutcomeDraft(member), Document.OUTCOME));

        assertThat(Poppler.text(pdf.content())).contains("Draft: not finalised", "not finalised")
                .doesNotContain("Final outcome");
    }

    @Test
    void markup_and_any_european_script_in_free_text_are_printed_as_written() throws Exception {
        var panel = world.inSignOff(member);
        var written = "<b>Łódź</b> & <script>alert('x')</script> Ελληνικά čšž ß";
        world.change(panel, p -> p.draftOutcome(world.lead, written, "", "", NOW));

        var text = Poppler.text(print.handle(new PrintPanelDocument.Query(world.lead, panel, Document.OUTCOME)).content());

        assertThat(text).contains(written);
    }

    @Test
    void the_consultation_form_carries_the_clinical_sections_and_coded_entries_and_no_identifying_data() throws Exception {
        var panel = world.draft();
        var form = ConsultationForm.builder("Unexplained proteinuria since early childhood", "Which genetic work-up?")
                .urgent()
                .section(SectionKind.MEDICAL_HISTORY, "Onset at age 4,\nslowly progressive")
                .section(SectionKind.GENETICS, "COL4A5 not yet tested")
                .diagnosis(CodingSystem.ICD_10, "N07.9", "Hereditary nephropathy")
                .phenotype(CodingSystem.HPO, "HP:0000093", "Proteinuria")
                .customField("eGFR", "54 ml/min")
                .attachment(new Attachment(AttachmentKind.DOCUMENT, "key-1", "Renal biopsy report", "application/pdf"))
                .build();
        world.change(panel, p -> p.editForm(world.lead, form, NOW));

        var pdf = print.handle(new PrintPanelDocument.Query(world.lead, panel, Document.CONSULTATION_FORM));

        assertThat(pdf.fileName()).isEqualTo(NICKNAME + "-consultation-form.pdf");
        var text = Poppler.text(pdf.content());
        assertThat(text).contains(NICKNAME, "Urgent", "Unexplained proteinuria since early childhood",
                "Which genetic work-up?", "Medical history", "Onset at age 4,", "slowly progressive", "Genetics",
                "COL4A5 not yet tested", "ICD-10", "N07.9", "Hereditary nephropathy", "HPO", "HP:0000093",
                "Proteinuria", "eGFR", "54 ml/min", "Renal biopsy report");
        assertThat(text).doesNotContain(PLANTED);
        assertThat(world.lastAudit().purpose()).isEqualTo("print consultation form");
    }

    @Test
    void the_consultation_form_draws_the_pedigree_from_the_relatives_received_generation_by_generation() throws Exception {
        var panel = world.draft();
        var alport = new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", "Alport syndrome");
        var form = ConsultationForm.of("Haematuria", "Alport syndrome?")
                .withRecord(new Relative("MTH", "mother", "female", false, List.of(alport)))
                .withRecord(new Relative("MGRFTH", "maternal grandfather", "male", true, List.of(alport)))
                .withRecord(new Relative("BRO", "brother", "male", false, List.of()))
                .withRecord(new Relative("FRND", "family friend", "", false, List.of()));
        world.change(panel, p -> p.editForm(world.lead, form, NOW));

        var pdf = print.handle(new PrintPanelDocument.Query(world.lead, panel, Document.CONSULTATION_FORM)).content();

        var lines = Poppler.text(pdf).lines().map(String::strip).toList();
        assertThat(lines).containsSubsequence("Pedigree", "I - grandparents", "II - parents, aunts and",
                "III - the patient,", "Other relatives");
        assertThat(lines).contains("■† maternal grandfather Alport syndrome (ORPHAcode ORPHA:63)",
                "● mother Alport syndrome (ORPHAcode ORPHA:63)", "○ ↗ " + NICKNAME + " (patient)", "□ brother",
                "◇ family friend");
        assertThat(String.join("\n", lines)).doesNotContain(PLANTED);
        var page = Poppler.firstPage(pdf, 50);
        assertThat(page.getHeight()).isGreaterThan(page.getWidth());
    }

    @Test
    void a_form_without_relatives_has_no_pedigree() throws Exception {
        var panel = world.draft();

        var pdf = print.handle(new PrintPanelDocument.Query(world.lead, panel, Document.CONSULTATION_FORM)).content();

        assertThat(Poppler.text(pdf)).doesNotContain("Pedigree");
    }

    @Test
    void there_is_no_outcome_to_print_before_the_lead_drafts_one() {
        var panel = world.inSignOff(member);

        assertRefused(() -> print.handle(new PrintPanelDocument.Query(world.lead, panel, Document.OUTCOME)),
                "panel.outcome-not-found");
    }

    @Test
    void who_may_not_see_the_panel_gets_nothing_printed_as_if_it_did_not_exist() {
        var panel = world.closed(member);
        var outsider = world.person(RoleGrant.healthProfessional(ERN, world.otherCentre));

        assertRefused(() -> print.handle(new PrintPanelDocument.Query(outsider, panel, Document.OUTCOME)),
                "panel.not-found");
        assertRefused(() -> print.handle(new PrintPanelDocument.Query(outsider, panel, Document.CONSULTATION_FORM)),
                "panel.not-found");
        assertRefused(() -> print.handle(new PrintPanelDocument.Query(world.lead, PanelId.random(), Document.OUTCOME)),
                "panel.not-found");
    }

    private static long darkPixels(BufferedImage page) {
        long dark = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
