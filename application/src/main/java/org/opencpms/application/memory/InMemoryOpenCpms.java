package org.opencpms.application.memory;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.audit.CallerOrigin;
import org.opencpms.application.notification.NotifyParticipants;
import org.opencpms.application.user.PlatformOperators;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.calendar.CalendarFeeds;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.dataset.ErnConfigurations;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.kpi.KpiFacts;
import org.opencpms.domain.notification.MailQueue;
import org.opencpms.domain.notification.MailRetries;
import org.opencpms.domain.notification.MeetingReminders;
import org.opencpms.domain.notification.ReminderLead;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.panel.PanelListings;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.reference.Networks;
import org.opencpms.domain.research.KAnonymity;
import org.opencpms.domain.research.ResearchCohort;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.user.Users;

/**
 * The whole application wired on in-memory ports, without a container: the way to embed OpenCPMS
 * as a plain Java library, to try it, and to test workflows.
 *
 * <pre>{@code
 * var cpms = InMemoryOpenCpms.create(Clock.systemUTC(), IdentityVisibility.STRICT);
 * var enrolled = cpms.useCase(EnrolPatient.class).handle(new EnrolPatient.Command(...));
 * }</pre>
 *
 * <p>{@link #useCase(Class)} builds any use case (or other application service) the way CDI would,
 * through its public constructor, from the ports and services held here; each class is built once.
 * Published domain events reach {@link NotifyParticipants} synchronously, as the in-memory
 * equivalent of delivery after commit. Thread-safe.
 *
 * <p>Authentication is the embedding application's job: the use cases trust the {@code Actor} they are given. Get
 * actors from identities you verified ({@code IdentifyCaller}) or user ids you know ({@code IdentifyUser}); the
 * platform operators you pass to {@code create} set up reference data and appoint the first coordinators
 * ({@code AppointCoordinator}). {@code examples/embedding} goes from an empty instance to a closed panel.
 */
public final class InMemoryOpenCpms {

    private final Map<Class<?>, Object> components = new HashMap<>();
    private final InMemoryDomainEvents events = new InMemoryDomainEvents();
    private final InMemoryPanels panels = new InMemoryPanels();
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(panels::all);
    private final InMemoryPatients patients = new InMemoryPatients();
    private final InMemoryConsents consents = new InMemoryConsents();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryAccessRequests accessRequests = new InMemoryAccessRequests();
    private final InMemoryHealthcareProviders providers = new InMemoryHealthcareProviders();
    private final InMemoryNetworks networks = new InMemoryNetworks();
    private final InMemoryErnConfigurations ernConfigurations = new InMemoryErnConfigurations();
    private final InMemoryImageArchive imageArchive = new InMemoryImageArchive();
    private final InMemoryImagingInstances imagingInstances = new InMemoryImagingInstances();
    private final InMemoryInstanceFiles instanceFiles = new InMemoryInstanceFiles();
    private final InMemoryChatMessages chat = new InMemoryChatMessages();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryKpiFacts kpiFacts = new InMemoryKpiFacts(panels::all, users::all);

    private InMemoryOpenCpms(Clock clock, IdentityVisibility visibility, RandomGenerator random,
                             PlatformOperators operators) {
        register(Clock.class, clock);
        register(PlatformOperators.class, operators);
        register(RandomGenerator.class, random);
        register(AccessPolicy.class, new AccessPolicy(visibility));
        register(CallerOrigin.class, CallerOrigin.embedded());
        register(DomainEvents.class, events);
        register(AuditTrail.class, auditTrail);
        register(Patients.class, patients);
        register(Consents.class, consents);
        register(Panels.class, panels);
        register(PanelListings.class, new InMemoryPanelListings(panels, patients));
        register(Users.class, users);
        register(AccessRequests.class, accessRequests);
        register(HealthcareProviders.class, providers);
        register(Networks.class, networks);
        register(ErnConfigurations.class, ernConfigurations);
        register(ImageArchive.class, imageArchive);
        register(ImagingInstances.class, imagingInstances);
        register(InstanceFiles.class, instanceFiles);
        register(BurnedInTextRule.class, BurnedInTextRule.STANDARD);
        register(ChatMessages.class, chat);
        register(Notifications.class, notifications);
        register(MailQueue.class, notifications.mail());
        register(MailRetries.class, MailRetries.DEFAULT);
        register(MeetingReminders.class, new InMemoryMeetingReminders());
        register(ReminderLead.class, ReminderLead.DEFAULT);
        register(CalendarEntries.class, new InMemoryCalendarEntries());
        register(CalendarFeeds.class, new InMemoryCalendarFeeds());
        register(KpiFacts.class, kpiFacts);
        register(ResearchCohort.class, new InMemoryResearchCohort(consents::all, panels::all));
        register(KAnonymity.class, new KAnonymity(KAnonymity.DEFAULT_K));
        register(Auditing.class, new Auditing(auditTrail, CallerOrigin.embedded(), clock));
        events.subscribe(useCase(NotifyParticipants.class)::on);
    }

    /** Without platform operators: reference data cannot change (see {@link #create(Clock, IdentityVisibility, PlatformOperators)}). */
    public static InMemoryOpenCpms create(Clock clock, IdentityVisibility visibility) {
        return create(clock, visibility, PlatformOperators.none());
    }

    /** With the platform operators who register centres and appoint the first coordinators. */
    public static InMemoryOpenCpms create(Clock clock, IdentityVisibility visibility, PlatformOperators operators) {
        return new InMemoryOpenCpms(clock, visibility, new SecureRandom(), operators);
    }

    /** With a seeded source of randomness, for reproducible nicknames in tests and demonstrations. */
    public static InMemoryOpenCpms create(Clock clock, IdentityVisibility visibility, RandomGenerator random) {
        return create(clock, visibility, random, PlatformOperators.none());
    }

    /** With a seeded source of randomness and the platform operators. */
    public static InMemoryOpenCpms create(Clock clock, IdentityVisibility visibility, RandomGenerator random,
                                          PlatformOperators operators) {
        return new InMemoryOpenCpms(clock, visibility, random, operators);
    }

    private <T> void register(Class<T> type, T component) {
        components.put(type, component);
    }

    /** The use case (or application service) of this class, built on first use from the in-memory ports. */
    public synchronized <T> T useCase(Class<T> type) {
        Object existing = components.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        T built = build(type);
        components.put(type, built);
        return built;
    }

    private <T> T build(Class<T> type) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .filter(c -> Arrays.stream(c.getParameterTypes()).allMatch(this::canSupply))
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no public constructor buildable from the in-memory ports"));
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(this::useCase).toArray();
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private boolean canSupply(Class<?> type) {
        return components.containsKey(type)
                || !type.isInterface() && !type.isPrimitive() && !Modifier.isAbstract(type.getModifiers())
                && type.getName().startsWith("org.opencpms.application.");
    }

    public InMemoryDomainEvents events() {
        return events;
    }

    public InMemoryAuditTrail auditTrail() {
        return auditTrail;
    }

    public InMemoryPatients patients() {
        return patients;
    }

    public InMemoryConsents consents() {
        return consents;
    }

    public InMemoryPanels panels() {
        return panels;
    }

    public InMemoryUsers users() {
        return users;
    }

    public InMemoryAccessRequests accessRequests() {
        return accessRequests;
    }

    public InMemoryHealthcareProviders providers() {
        return providers;
    }

    public InMemoryNetworks networks() {
        return networks;
    }

    public InMemoryErnConfigurations ernConfigurations() {
        return ernConfigurations;
    }

    public InMemoryImageArchive imageArchive() {
        return imageArchive;
    }

    public InMemoryImagingInstances imagingInstances() {
        return imagingInstances;
    }

    public InMemoryInstanceFiles instanceFiles() {
        return instanceFiles;
    }

    public InMemoryChatMessages chat() {
        return chat;
    }

    public InMemoryNotifications notifications() {
        return notifications;
    }
}
