package org.opencpms.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Runs every rule of {@link ArchitectureRules} over the production classes of all modules. */
@AnalyzeClasses(packages = "org.opencpms", importOptions = {ImportOption.DoNotIncludeTests.class})
class ArchitectureTest {

    @ArchTest static final ArchRule domain_depends_on_the_jdk_only = ArchitectureRules.domain_depends_on_the_jdk_only;
    @ArchTest static final ArchRule application_depends_on_the_domain_and_cdi_and_jta_annotations_only =
            ArchitectureRules.application_depends_on_the_domain_and_cdi_and_jta_annotations_only;
    @ArchTest static final ArchRule adapters_never_depend_on_each_other = ArchitectureRules.adapters_never_depend_on_each_other;
    @ArchTest static final ArchRule the_core_never_depends_on_adapters = ArchitectureRules.the_core_never_depends_on_adapters;
    @ArchTest static final ArchRule jpa_stays_in_the_persistence_adapter = ArchitectureRules.jpa_stays_in_the_persistence_adapter;
    @ArchTest static final ArchRule jax_rs_stays_in_the_rest_adapter_and_the_dicomweb_edge =
            ArchitectureRules.jax_rs_stays_in_the_rest_adapter_and_the_dicomweb_edge;
    @ArchTest static final ArchRule hapi_fhir_stays_in_the_fhir_adapter = ArchitectureRules.hapi_fhir_stays_in_the_fhir_adapter;
    @ArchTest static final ArchRule pixelmed_stays_in_the_dicom_adapter = ArchitectureRules.pixelmed_stays_in_the_dicom_adapter;
    @ArchTest static final ArchRule jakarta_mail_stays_in_the_messaging_adapter = ArchitectureRules.jakarta_mail_stays_in_the_messaging_adapter;
    @ArchTest static final ArchRule pdf_rendering_stays_in_the_pdf_adapter = ArchitectureRules.pdf_rendering_stays_in_the_pdf_adapter;
    @ArchTest static final ArchRule inbound_adapters_call_use_cases_not_ports_or_aggregates =
            ArchitectureRules.inbound_adapters_call_use_cases_not_ports_or_aggregates;
    @ArchTest static final ArchRule ids_are_records = ArchitectureRules.ids_are_records;
    @ArchTest static final ArchRule domain_events_are_records = ArchitectureRules.domain_events_are_records;
    @ArchTest static final ArchRule commands_are_records = ArchitectureRules.commands_are_records;
    @ArchTest static final ArchRule core_never_reads_the_wall_clock = ArchitectureRules.core_never_reads_the_wall_clock;
    @ArchTest static final ArchRule domain_never_creates_a_system_clock = ArchitectureRules.domain_never_creates_a_system_clock;
    @ArchTest static final ArchRule no_field_injection = ArchitectureRules.no_field_injection;
    @ArchTest static final ArchRule only_stores_restore_users = ArchitectureRules.only_stores_restore_users;
    @ArchTest static final ArchRule no_enterprise_beans = ArchitectureRules.no_enterprise_beans;
    @ArchTest static final ArchRule ports_are_named_in_the_domain_language = ArchitectureRules.ports_are_named_in_the_domain_language;
    @ArchTest static final ArchRule domain_packages_are_free_of_cycles = ArchitectureRules.domain_packages_are_free_of_cycles;
    @ArchTest static final ArchRule domain_fields_are_never_public_and_mutable = ArchitectureRules.domain_fields_are_never_public_and_mutable;
    @ArchTest static final ArchRule use_cases_are_transactional_cdi_beans = ArchitectureRules.use_cases_are_transactional_cdi_beans;
    @ArchTest static final ArchRule use_cases_never_hand_out_aggregates = ArchitectureRules.use_cases_never_hand_out_aggregates;
    @ArchTest static final ArchRule in_memory_ports_are_not_beans = ArchitectureRules.in_memory_ports_are_not_beans;
    @ArchTest static final ArchRule wiring_lives_in_the_composition_root = ArchitectureRules.wiring_lives_in_the_composition_root;
    @ArchTest static final ArchRule only_the_composition_root_depends_on_more_than_one_adapter =
            ArchitectureRules.only_the_composition_root_depends_on_more_than_one_adapter;
    @ArchTest static final ArchRule nothing_depends_on_the_composition_root = ArchitectureRules.nothing_depends_on_the_composition_root;
}
