package org.opencpms.adapters.persistence.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.audit.JpaAuditTrail;
import org.opencpms.adapters.persistence.consent.JpaConsents;
import org.opencpms.adapters.persistence.panel.JpaPanels;
import org.opencpms.adapters.persistence.panel.PanelStories;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * The reads whose scope is an ERN, on a database: the research cohort ({@link JpaResearchCohort}) and the audit
 * entries concerning the patients of an ERN ({@link JpaAuditTrail#pageConcerningPatientsIn}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScopedReadsContract {

    private static final Instant T0 = Instant.parse("2025-03-04T10:15:30Z");
    private static final Ern ERN = PanelStories.ERN;
    private static final Ern OTHER_ERN = Ern.RND;

    private JpaTestDatabase database;

    protected abstract JpaTestDatabase.Engine engine();

    @BeforeAll
    void startDatabase() {
        database = JpaTestDatabase.create(engine());
    }

    @AfterAll
    void stopDatabase() {
        database.close();
    }

    private PatientId patientWith(Ern panelErn, ConsentKind... kinds) {
        var lead = PanelStories.healthProfessional(panelErn, PanelStories.CENTRE);
        Panel panel = PanelStories.draftIn(panelErn, lead, T0);
        database.inTransaction(() -> {
            new JpaPanels(database.entityManager()).save(panel);
            for (ConsentKind kind : kinds) {
                new JpaConsents(database.entityManager()).save(Consent.restore(ConsentId.random(), panel.patient(),
                        new GivenConsent(kind, LocalDate.of(2025, 2, 27), new ConsentForm("1", "de"), null),
                        UserId.random(), T0, null, 0));
            }
        });
        return panel.patient();
    }

    private List<PatientId> cohort(Set<Ern> erns, int offset, int limit) {
        Supplier<List<PatientId>> read = () -> new JpaResearchCohort(database.entityManager()).consentingIn(erns, offset,
                limit);
        return database.inTransaction(read);
    }

    @Test
    void the_cohort_is_the_patients_with_a_research_consent_and_a_panel_in_the_erns_each_once() {
        var registry = patientWith(ERN, ConsentKind.CARE, ConsentKind.REGISTRY_INCLUSION);
        var twice = patientWith(ERN, ConsentKind.RESEARCH_CONTACT, ConsentKind.REGISTRY_INCLUSION);
        var careOnly = patientWith(ERN, ConsentKind.CARE);
        var otherErn = patientWith(OTHER_ERN, ConsentKind.REGISTRY_INCLUSION);

        var ours = List.of(registry, twice, careOnly, otherErn);
        assertThat(cohort(Set.of(ERN), 0, 500)).filteredOn(ours::contains).containsExactlyInAnyOrder(registry, twice);
        assertThat(cohort(Set.of(OTHER_ERN), 0, 500)).filteredOn(ours::contains).containsExactly(otherErn);
        assertThat(cohort(Set.of(), 0, 500)).isEmpty();
    }

    @Test
    void the_cohort_is_read_in_pages_that_neither_overlap_nor_miss_anyone() {
        for (int i = 0; i < 7; i++) {
            patientWith(ERN, ConsentKind.RESEARCH_CONTACT);
        }
        var all = cohort(Set.of(ERN), 0, 500);
        var paged = new ArrayList<PatientId>();
        for (int offset = 0; offset < all.size(); offset += 3) {
            paged.addAll(cohort(Set.of(ERN), offset, 3));
        }

        assertThat(paged).containsExactlyElementsOf(all).doesNotHaveDuplicates();
    }

    @Test
    void an_erns_audit_entries_are_those_concerning_the_patients_of_its_panels() {
        var ours = patientWith(ERN);
        var theirs = patientWith(OTHER_ERN);
        var trail = new JpaAuditTrail(database.entityManager());
        database.inTransaction(() -> {
            trail.record(new AuditEntry(T0, UserId.random(), AuditAction.READ, "Patient", "ours", ours, "test", "read"));
            trail.record(new AuditEntry(T0, UserId.random(), AuditAction.READ, "Patient", "theirs", theirs, "test", "read"));
            trail.record(new AuditEntry(T0, UserId.random(), AuditAction.LOGIN, "User", "nobody's", null, "test", "login"));
        });

        Supplier<List<AuditEntry>> page = () -> trail.pageConcerningPatientsIn(Set.of(ERN), 0, 500);
        var read = database.inTransaction(page);

        assertThat(read).extracting(AuditEntry::resourceId).contains("ours").doesNotContain("theirs", "nobody's");
        assertThat(read).extracting(AuditEntry::patient).doesNotContainNull();
    }
}
