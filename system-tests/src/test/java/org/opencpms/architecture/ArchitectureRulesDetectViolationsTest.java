package org.opencpms.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule, run over classes written to break it, must report that very class: a
 * rule that passes on its own counter-example would guard nothing.
 */
class ArchitectureRulesDetectViolationsTest {

    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(
            "org.opencpms.domain.violation", "org.opencpms.domain.violationcycle", "org.opencpms.application.violation",
            "org.opencpms.adapters.rest.violation", "org.opencpms.adapters.fhir.violation",
            "org.opencpms.application.memory.violation", "org.opencpms.adapters.persistence.violation",
            "org.opencpms.assembly.violation");

    private static void assertBrokenBy(ArchRule rule, String className) {
        var result = rule.evaluate(VIOLATIONS);
        assertThat(result.hasViolation()).as("rule %s must fail", rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(className));
    }

    @Test
    void restoring_a_user_outside_a_store_is_caught() {
        assertBrokenBy(ArchitectureRules.only_stores_restore_users, "GrantingAroundTheUseCases");
    }

    @Test
    void a_domain_class_using_jakarta_breaks_the_jdk_only_rule() {
        assertBrokenBy(ArchitectureRules.domain_depends_on_the_jdk_only, "DomainUsingInject");
    }

    @Test
    void an_application_class_using_jax_rs_breaks_the_application_rule() {
        assertBrokenBy(ArchitectureRules.application_depends_on_the_domain_and_cdi_and_jta_annotations_only, "ApplicationUsingJaxRs");
    }

    @Test
    void a_rest_class_using_a_fhir_class_breaks_adapter_independence() {
        assertBrokenBy(ArchitectureRules.adapters_never_depend_on_each_other, "RestReachingEverywhere");
    }

    @Test
    void a_domain_class_using_an_adapter_breaks_the_inward_rule() {
        assertBrokenBy(ArchitectureRules.the_core_never_depends_on_adapters, "violationcycle.Other");
    }

    @Test
    void jpa_outside_persistence_is_caught() {
        assertBrokenBy(ArchitectureRules.jpa_stays_in_the_persistence_adapter, "EntityManager");
    }

    @Test
    void jax_rs_outside_rest_is_caught() {
        assertBrokenBy(ArchitectureRules.jax_rs_stays_in_the_rest_adapter_and_the_dicomweb_edge, "ApplicationUsingJaxRs");
    }

    @Test
    void hapi_outside_fhir_is_caught() {
        assertBrokenBy(ArchitectureRules.hapi_fhir_stays_in_the_fhir_adapter, "FakeFhirType");
    }

    @Test
    void pixelmed_outside_dicom_is_caught() {
        assertBrokenBy(ArchitectureRules.pixelmed_stays_in_the_dicom_adapter, "FakePixelmedType");
    }

    @Test
    void jakarta_mail_outside_messaging_is_caught() {
        assertBrokenBy(ArchitectureRules.jakarta_mail_stays_in_the_messaging_adapter, "jakarta.mail.Session");
    }

    @Test
    void pdfbox_outside_the_pdf_adapter_is_caught() {
        assertBrokenBy(ArchitectureRules.pdf_rendering_stays_in_the_pdf_adapter, "org.apache.pdfbox.pdmodel.PDDocument");
    }

    @Test
    void a_rest_class_reaching_for_a_port_or_an_aggregate_is_caught() {
        assertBrokenBy(ArchitectureRules.inbound_adapters_call_use_cases_not_ports_or_aggregates, "ThingRepository");
        assertBrokenBy(ArchitectureRules.inbound_adapters_call_use_cases_not_ports_or_aggregates, "violation.a.Thing>");
    }

    @Test
    void an_id_that_is_not_a_record_is_caught() {
        assertBrokenBy(ArchitectureRules.ids_are_records, "ClassBasedThingId");
    }

    @Test
    void an_event_that_is_not_a_record_is_caught() {
        assertBrokenBy(ArchitectureRules.domain_events_are_records, "ClassBasedThingHappened");
    }

    @Test
    void a_command_that_is_not_a_record_is_caught() {
        assertBrokenBy(ArchitectureRules.commands_are_records, "DoThingCommand");
    }

    @Test
    void reading_the_wall_clock_in_the_core_is_caught() {
        assertBrokenBy(ArchitectureRules.core_never_reads_the_wall_clock, "Instant.now()");
        assertBrokenBy(ArchitectureRules.core_never_reads_the_wall_clock, "LocalDate.now()");
    }

    @Test
    void a_clock_in_the_domain_is_caught() {
        assertBrokenBy(ArchitectureRules.domain_never_creates_a_system_clock, "DomainReadingTheClock");
    }

    @Test
    void field_injection_is_caught() {
        assertBrokenBy(ArchitectureRules.no_field_injection, "injected");
    }

    @Test
    void an_enterprise_bean_is_caught() {
        assertBrokenBy(ArchitectureRules.no_enterprise_beans, "Stateless");
    }

    @Test
    void a_port_called_repository_is_caught() {
        assertBrokenBy(ArchitectureRules.ports_are_named_in_the_domain_language, "ThingRepository");
    }

    @Test
    void a_cycle_between_domain_packages_is_caught() {
        assertBrokenBy(ArchitectureRules.domain_packages_are_free_of_cycles, "Other");
    }

    @Test
    void a_public_mutable_field_in_the_domain_is_caught() {
        assertBrokenBy(ArchitectureRules.domain_fields_are_never_public_and_mutable, "counter");
    }

    @Test
    void a_use_case_without_transaction_or_scope_is_caught() {
        assertBrokenBy(ArchitectureRules.use_cases_are_transactional_cdi_beans, "HandOutThing");
    }

    @Test
    void a_use_case_returning_an_aggregate_is_caught() {
        assertBrokenBy(ArchitectureRules.use_cases_never_hand_out_aggregates, "HandOutThing.handle");
    }

    @Test
    void an_in_memory_port_that_is_a_bean_is_caught() {
        assertBrokenBy(ArchitectureRules.in_memory_ports_are_not_beans, "InMemoryThingsBean");
    }

    @Test
    void producers_start_up_observers_and_schedulers_outside_the_composition_root_are_caught() {
        assertBrokenBy(ArchitectureRules.wiring_lives_in_the_composition_root, "PersistenceWiringTheApplication.clock()");
        assertBrokenBy(ArchitectureRules.wiring_lives_in_the_composition_root, "PersistenceWiringTheApplication.onStart(");
        assertBrokenBy(ArchitectureRules.wiring_lives_in_the_composition_root, "ScheduledExecutorService");
        assertThat(ArchitectureRules.wiring_lives_in_the_composition_root.evaluate(VIOLATIONS).getFailureReport().getDetails())
                .as("the container's EntityManager may be produced by the persistence adapter")
                .noneMatch(line -> line.contains("containerEntityManager"));
    }

    @Test
    void a_class_outside_the_composition_root_spanning_two_adapters_is_caught() {
        assertBrokenBy(ArchitectureRules.only_the_composition_root_depends_on_more_than_one_adapter, "AssemblingTwoAdapters spans");
    }

    @Test
    void an_adapter_using_the_composition_root_is_caught() {
        assertBrokenBy(ArchitectureRules.nothing_depends_on_the_composition_root, "org.opencpms.bootstrap.Configuration");
    }
}
