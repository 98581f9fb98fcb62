package org.opencpms.adapters.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.opencpms.adapters.rest.accessrequest.AccessRequestResource;
import org.opencpms.adapters.rest.audit.AuditTrailResource;
import org.opencpms.adapters.rest.calendar.CalendarFeedReadResource;
import org.opencpms.adapters.rest.calendar.CalendarFeedResource;
import org.opencpms.adapters.rest.chat.ChatResource;
import org.opencpms.adapters.rest.chat.ChatStreamResource;
import org.opencpms.adapters.rest.consent.ConsentResource;
import org.opencpms.adapters.rest.http.ReplacingWritesRequireIfMatch;
import org.opencpms.adapters.rest.http.SharedJsonb;
import org.opencpms.adapters.rest.imaging.ImagingStudyResource;
import org.opencpms.adapters.rest.imaging.QuarantineReleaseResource;
import org.opencpms.adapters.rest.imaging.QuarantineResource;
import org.opencpms.adapters.rest.kpi.KpiResource;
import org.opencpms.adapters.rest.notification.DeadMailResource;
import org.opencpms.adapters.rest.notification.NotificationResource;
import org.opencpms.adapters.rest.ops.HealthResource;
import org.opencpms.adapters.rest.ops.MetricsFilter;
import org.opencpms.adapters.rest.ops.MetricsResource;
import org.opencpms.adapters.rest.panel.ClosingResource;
import org.opencpms.adapters.rest.panel.ContributionResource;
import org.opencpms.adapters.rest.panel.DataRequestResource;
import org.opencpms.adapters.rest.panel.FormResource;
import org.opencpms.adapters.rest.panel.InvitationResource;
import org.opencpms.adapters.rest.panel.LeadershipResource;
import org.opencpms.adapters.rest.panel.LifecycleResource;
import org.opencpms.adapters.rest.panel.MeetingResource;
import org.opencpms.adapters.rest.panel.OutcomeResource;
import org.opencpms.adapters.rest.panel.PanelResource;
import org.opencpms.adapters.rest.panel.SinglePanelResource;
import org.opencpms.adapters.rest.panel.StepBackResource;
import org.opencpms.adapters.rest.panel.TimelineResource;
import org.opencpms.adapters.rest.patient.PatientResource;
import org.opencpms.adapters.rest.problem.BodyLimitFilter;
import org.opencpms.adapters.rest.problem.ConstraintViolationMapper;
import org.opencpms.adapters.rest.problem.DomainExceptionMapper;
import org.opencpms.adapters.rest.problem.JsonbExceptionMapper;
import org.opencpms.adapters.rest.problem.Problem;
import org.opencpms.adapters.rest.problem.ProblemExceptionMapper;
import org.opencpms.adapters.rest.problem.ProcessingExceptionMapper;
import org.opencpms.adapters.rest.problem.RequestTooLargeMapper;
import org.opencpms.adapters.rest.problem.ServerErrorMapper;
import org.opencpms.adapters.rest.problem.WebApplicationExceptionMapper;
import org.opencpms.adapters.rest.reference.NetworkResource;
import org.opencpms.adapters.rest.reference.ProviderResource;
import org.opencpms.adapters.rest.research.ResearchResource;
import org.opencpms.adapters.rest.security.BearerAuthentication;
import org.opencpms.adapters.rest.training.TrainingResource;
import org.opencpms.adapters.rest.user.MeResource;
import org.opencpms.adapters.rest.user.SignInResource;
import org.opencpms.adapters.rest.user.UserResource;

/**
 * The OpenCPMS REST API, under {@code /api}; every call except the operations, sign-in and training endpoints carries an
 * OpenID Connect bearer token.
 *
 * <p>Invariant: the application serves exactly the resources and providers listed here, and nothing found by
 * scanning. A non-empty {@link #getClasses()} switches RESTEasy's scanning off, which would otherwise also publish
 * every {@code @Path} class of the EAR's libraries (EclipseLink's JPA-RS under {@code /api/{version}/...}). A new
 * resource or provider is added here; {@code RestApplicationTest} fails the build when one is missing.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "OpenCPMS API", version = "1",
                description = "Clinical Patient Management System for the European Reference Networks: patients "
                        + "under pseudonyms, consents, virtual consultation panels and their outcomes. Errors are "
                        + "RFC 9457 problem+json with a stable `code`.",
                license = @License(name = "EUPL-1.2", identifier = "EUPL-1.2")),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OpenCpmsApi extends Application {

    private static final Set<Class<?>> RESOURCES = Set.of(
            AccessRequestResource.class,
            AuditTrailResource.class,
            CalendarFeedResource.class,
            CalendarFeedReadResource.class,
            ChatResource.class,
            ChatStreamResource.class,
            ConsentResource.class,
            ImagingStudyResource.class,
            QuarantineResource.class,
            QuarantineReleaseResource.class,
            KpiResource.class,
            NotificationResource.class,
            DeadMailResource.class,
            HealthResource.class,
            MetricsResource.class,
            ClosingResource.class,
            ContributionResource.class,
            DataRequestResource.class,
            FormResource.class,
            InvitationResource.class,
            LeadershipResource.class,
            LifecycleResource.class,
            MeetingResource.class,
            OutcomeResource.class,
            PanelResource.class,
            SinglePanelResource.class,
            StepBackResource.class,
            TimelineResource.class,
            PatientResource.class,
            NetworkResource.class,
            ProviderResource.class,
            ResearchResource.class,
            TrainingResource.class,
            MeResource.class,
            SignInResource.class,
            UserResource.class);

    private static final Set<Class<?>> PROVIDERS = Set.of(
            SharedJsonb.class,
            MetricsFilter.class,
            BodyLimitFilter.class,
            ConstraintViolationMapper.class,
            DomainExceptionMapper.class,
            JsonbExceptionMapper.class,
            ProblemExceptionMapper.class,
            ProcessingExceptionMapper.class,
            RequestTooLargeMapper.class,
            ServerErrorMapper.class,
            WebApplicationExceptionMapper.class,
            BearerAuthentication.class,
            ReplacingWritesRequireIfMatch.class);

    /** Our resources and providers, nothing else. */
    @Override
    public Set<Class<?>> getClasses() {
        var classes = new HashSet<Class<?>>(RESOURCES);
        classes.addAll(PROVIDERS);
        return classes;
    }
}
