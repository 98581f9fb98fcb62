package org.opencpms.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The architecture of OpenCPMS as executable rules (ARCHITECTURE.md). {@link ArchitectureTest} runs
 * them over the production classes of every module; {@link ArchitectureRulesDetectViolationsTest}
 * proves that each rule fails on a class written to break it.
 */
final class ArchitectureRules {

    static final String DOMAIN = "org.opencpms.domain..";
    static final String APPLICATION = "org.opencpms.application..";
    static final String ADAPTERS = "org.opencpms.adapters..";
    static final String PERSISTENCE = "org.opencpms.adapters.persistence..";
    static final String REST = "org.opencpms.adapters.rest..";
    static final String FHIR = "org.opencpms.adapters.fhir..";
    static final String DICOM = "org.opencpms.adapters.dicom..";
    static final String DICOMWEB = "org.opencpms.adapters.dicom.web..";
    static final String MESSAGING = "org.opencpms.adapters.messaging..";
    static final String PDF = "org.opencpms.adapters.pdf..";
    static final String BOOTSTRAP = "org.opencpms.bootstrap..";

    private static final String PRODUCES = "jakarta.enterprise.inject.Produces";
    private static final String PERSISTENCE_CONTEXT = "jakarta.persistence.PersistenceContext";

    private ArchitectureRules() {
    }

    static final ArchRule domain_depends_on_the_jdk_only = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is a plain Java library that integrators embed without any container");

    static final ArchRule application_depends_on_the_domain_and_cdi_and_jta_annotations_only = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    APPLICATION, DOMAIN, "java..",
                    "jakarta.inject..", "jakarta.enterprise.context..", "jakarta.enterprise.event..",
                    "jakarta.enterprise.inject..", "jakarta.transaction..")
            .because("use cases orchestrate the domain; technology belongs to the adapters");

    static final ArchRule adapters_never_depend_on_each_other = slices()
            .matching("org.opencpms.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter translates one technology to the use cases and can be replaced on its own");

    static final ArchRule the_core_never_depends_on_adapters = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
            .because("dependencies point inward: adapters -> application -> domain");

    static final ArchRule jpa_stays_in_the_persistence_adapter = technologyStaysIn(PERSISTENCE,
            "jakarta.persistence..", "org.eclipse.persistence..", "org.flywaydb..", "org.postgresql..");

    static final ArchRule jax_rs_stays_in_the_rest_adapter_and_the_dicomweb_edge = noClasses()
            .that().resideOutsideOfPackages(REST, DICOMWEB)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
            .because("jakarta.ws.rs is an implementation detail of the REST adapter and of the DICOM adapter's DICOMweb edge");

    static final ArchRule hapi_fhir_stays_in_the_fhir_adapter = technologyStaysIn(FHIR, "ca.uhn.fhir..", "org.hl7.fhir..");

    static final ArchRule pixelmed_stays_in_the_dicom_adapter = technologyStaysIn(DICOM, "com.pixelmed..");

    static final ArchRule jakarta_mail_stays_in_the_messaging_adapter = technologyStaysIn(MESSAGING, "jakarta.mail..");

    static final ArchRule pdf_rendering_stays_in_the_pdf_adapter = technologyStaysIn(PDF,
            "com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.fontbox..");

    static final ArchRule inbound_adapters_call_use_cases_not_ports_or_aggregates = noClasses()
            .that().resideInAnyPackage(REST, FHIR)
            .should().dependOnClassesThat(areDomainPortsOrAggregates())
            .because("inbound adapters drive the application through its use cases, which own transactions, audit and rules");

    static final ArchRule ids_are_records = classes()
            .that().resideInAPackage(DOMAIN).and().haveSimpleNameEndingWith("Id")
            .should().beRecords()
            .because("ids are immutable values that validate themselves");

    static final ArchRule domain_events_are_records = classes()
            .that().resideInAPackage(DOMAIN)
            .and().implement(org.opencpms.domain.shared.DomainEvent.class)
            .and().areNotInterfaces()
            .should().beRecords()
            .because("an event is an immutable fact");

    static final ArchRule commands_are_records = classes()
            .that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("Command")
            .should().beRecords()
            .because("a command is an immutable request that validates itself");

    static final ArchRule core_never_reads_the_wall_clock = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethodWhere(readsTheWallClock())
            .because("time is passed in (a Clock in the use case), so that rules are testable and replayable");

    static final ArchRule domain_never_creates_a_system_clock = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().areAssignableTo(Clock.class)
            .because("the domain receives instants; only use cases hold a Clock");

    static final ArchRule no_field_injection = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .because("constructor injection makes dependencies explicit and classes testable without a container");

    static final ArchRule no_enterprise_beans = noClasses()
            .should().dependOnClassesThat().resideInAPackage("jakarta.ejb..")
            .because("use cases use CDI @Transactional; EJBs wrap runtime exceptions and hide domain errors");

    static final ArchRule ports_are_named_in_the_domain_language = classes()
            .that().resideInAPackage(DOMAIN).and().areInterfaces()
            .should().haveSimpleNameNotEndingWith("Repository")
            .andShould().haveSimpleNameNotEndingWith("Port")
            .because("ports read like collections of the domain: Patients, Panels, AuditTrail");

    static final ArchRule domain_packages_are_free_of_cycles = slices()
            .matching("org.opencpms.domain.(*)..")
            .should().beFreeOfCycles()
            .because("aggregates refer to each other by id; a cycle means a rule lives in the wrong place");

    static final ArchRule domain_fields_are_never_public_and_mutable = fields()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .and().arePublic()
            .should().beFinal()
            .andShould().beStatic()
            .because("aggregates change only through intention-revealing methods");

    static final ArchRule use_cases_are_transactional_cdi_beans = classes()
            .that().resideInAPackage(APPLICATION).and().areTopLevelClasses()
            .and(declareAHandleMethod())
            .should().beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .andShould().beAnnotatedWith("jakarta.transaction.Transactional")
            .because("every use case runs in one JTA transaction and is one shared, stateless bean");

    static final ArchRule use_cases_never_hand_out_aggregates = methods()
            .that().areDeclaredInClassesThat().resideInAPackage(APPLICATION)
            .and().haveName("handle")
            .should(notReturnAnAggregate())
            .because("adapters receive ids and view records; aggregates change only inside use cases");

    static final ArchRule in_memory_ports_are_not_beans = noClasses()
            .that().resideInAPackage("org.opencpms.application.memory..")
            .should().beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .orShould().beAnnotatedWith("jakarta.enterprise.context.Dependent")
            .because("the in-memory ports are for embedding and tests; in the EAR the storage adapters are the only implementations");

    static final ArchRule wiring_lives_in_the_composition_root = classes()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should(notWireTheApplication())
            .because("one place wires the application (org.opencpms.bootstrap): adapters implement ports or drive use cases;"
                    + " the container's EntityManager (@Produces @PersistenceContext) is the one bean the persistence adapter declares");

    static final ArchRule only_the_composition_root_depends_on_more_than_one_adapter = classes()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should(dependOnOneAdapterAtMost())
            .because("assembling adapters is the composition root's job; anything else that spans two adapters couples them");

    static final ArchRule nothing_depends_on_the_composition_root = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("the composition root is the outermost layer: it uses everything, nothing uses it");

    static final ArchRule only_stores_restore_users = noClasses()
            .that().resideOutsideOfPackages(PERSISTENCE, "org.opencpms.application.memory..")
            .should().callMethodWhere(describe("User.restore", call -> call.getName().equals("restore")
                    && call.getTargetOwner().isEquivalentTo(org.opencpms.domain.user.User.class)))
            .because("users and their grants change only through the use cases (a first coordinator is appointed by "
                    + "a platform operator): rebuilding a user with other grants is a back door around them");

    private static ArchRule technologyStaysIn(String adapter, String... technology) {
        return noClasses()
                .that().resideOutsideOfPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(technology)
                .because(String.join(", ", technology) + " is an implementation detail of " + adapter.replace("..", ""));
    }

    private static DescribedPredicate<JavaClass> areDomainPortsOrAggregates() {
        return describe("domain ports or aggregates", c -> c.getPackageName().startsWith("org.opencpms.domain")
                && (isPort(c) || isAggregate(c)));
    }

    private static DescribedPredicate<JavaClass> declareAHandleMethod() {
        return describe("declare a handle method", c -> c.getMethods().stream()
                .anyMatch(m -> m.getName().equals("handle") && m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)));
    }

    private static ArchCondition<JavaMethod> notReturnAnAggregate() {
        return new ArchCondition<>("not return an aggregate") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var returned = method.getRawReturnType();
                if (isAggregate(returned)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns the aggregate " + returned.getName()));
                }
            }
        };
    }

    /** A port is a domain interface that is not an event type. */
    /**
     * A port is an interface of the domain that an adapter implements. Events are not ports, and neither is a sealed
     * interface: it closes a family of domain values (e.g. {@code PanelComment}), which no adapter can implement.
     */
    static boolean isPort(JavaClass c) {
        return c.isInterface() && !c.isAssignableTo(org.opencpms.domain.shared.DomainEvent.class)
                && c.getPackageName().startsWith("org.opencpms.domain") && !c.reflect().isSealed();
    }

    /** An aggregate records events for its callers to pull. */
    static boolean isAggregate(JavaClass c) {
        return c.getMethods().stream().anyMatch(m -> m.getName().equals("pullEvents") && m.getParameters().isEmpty());
    }

    private static ArchCondition<JavaClass> notWireTheApplication() {
        return new ArchCondition<>("not declare CDI producers, start-up observers or schedulers") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getMethods().stream().filter(m -> m.isAnnotatedWith(PRODUCES)).forEach(m ->
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is a CDI producer method")));
                c.getFields().stream().filter(f -> f.isAnnotatedWith(PRODUCES) && !f.isAnnotatedWith(PERSISTENCE_CONTEXT)).forEach(f ->
                        events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is a CDI producer field")));
                c.getMethods().stream().filter(ArchitectureRules::observesStartUp).forEach(m ->
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " observes the start-up of the application")));
                c.getDirectDependenciesFromSelf().stream().filter(d -> isScheduling(d.getTargetClass())).forEach(d ->
                        events.add(SimpleConditionEvent.violated(c, d.getDescription() + " schedules work")));
            }
        };
    }

    private static boolean observesStartUp(JavaMethod method) {
        return method.getParameters().stream().anyMatch(p -> p.isAnnotatedWith("jakarta.enterprise.event.Observes")
                && (p.isAnnotatedWith("jakarta.enterprise.context.Initialized")
                || p.getRawType().isEquivalentTo(jakarta.enterprise.event.Startup.class)));
    }

    private static boolean isScheduling(JavaClass type) {
        return type.isAssignableTo(ScheduledExecutorService.class) || type.isAssignableTo(java.util.Timer.class)
                || type.isAssignableTo(jakarta.enterprise.concurrent.Trigger.class);
    }

    private static ArchCondition<JavaClass> dependOnOneAdapterAtMost() {
        return new ArchCondition<>("depend on one adapter at most") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Set<String> adapters = new TreeSet<>();
                adapterOf(c).ifPresent(adapters::add);
                c.getDirectDependenciesFromSelf().forEach(d -> adapterOf(d.getTargetClass()).ifPresent(adapters::add));
                if (adapters.size() > 1) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " spans the adapters " + adapters));
                }
            }
        };
    }

    private static Optional<String> adapterOf(JavaClass c) {
        var name = c.getPackageName();
        var prefix = "org.opencpms.adapters.";
        return name.startsWith(prefix) ? Optional.of(name.substring(prefix.length()).split("\\.")[0]) : Optional.empty();
    }

    private static DescribedPredicate<JavaMethodCall> readsTheWallClock() {
        return describe("a method reading the wall clock", call -> {
            var owner = call.getTargetOwner();
            var name = call.getName();
            return (name.equals("now") && (owner.isEquivalentTo(Instant.class) || owner.isEquivalentTo(LocalDate.class)
                    || owner.isEquivalentTo(LocalDateTime.class) || owner.isEquivalentTo(ZonedDateTime.class)
                    || owner.isEquivalentTo(OffsetDateTime.class)))
                    || (owner.isEquivalentTo(System.class) && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
                    || (owner.isEquivalentTo(Clock.class) && name.startsWith("system"));
        });
    }
}
