package org.opencpms.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Future;
import org.opencpms.adapters.fhir.http.IncomingValidation;
import org.opencpms.adapters.fhir.http.UnsupportedInteraction;
import org.opencpms.application.audit.InboundOrigin;

/**
 * The FHIR R4 endpoint ({@code /fhir} in the EAR): a HAPI FHIR plain server serving what {@link FhirEdge} holds, JSON
 * by default. Each request is marked as coming from {@code "fhir <client address>"} for the audit trail. Incoming
 * resources are validated against R4 base ({@link IncomingValidation}); the validator loads its definitions in the
 * background once the server has started. A request no interaction serves is refused by {@link UnsupportedInteraction}
 * (405 for a method the resource type does not take).
 */
@WebServlet(urlPatterns = "/*", loadOnStartup = 1, displayName = "OpenCPMS FHIR R4")
public class FhirServer extends RestfulServer {

    private static final long serialVersionUID = 1L;

    private transient FhirEdge edge;

    @Resource
    private transient ManagedExecutorService background;

    private transient Future<?> warmingUp;

    public FhirServer() {
        super(FhirContext.forR4Cached());
    }

    /** CDI hands the servlet its edge (servlets are not built by constructor injection). */
    @Inject
    void serve(FhirEdge edge) {
        this.edge = edge;
    }

    @Override
    protected void initialize() throws ServletException {
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setImplementationDescription("OpenCPMS FHIR R4 endpoint for hospital systems");
        setServerName("OpenCPMS");
        registerProviders(edge.resourceProviders());
        registerProviders(edge.systemProviders());
        edge.interceptors().forEach(this::registerInterceptor);
        var validation = new IncomingValidation(getFhirContext());
        registerInterceptor(validation);
        warmingUp = background.submit(validation::warmUp);
    }

    /**
     * Stops the validator's warm-up if it still runs: on undeploy it would otherwise go on loading definitions for a
     * server that is gone, holding the old deployment's classes and memory until it ends.
     */
    @Override
    public void destroy() {
        if (warmingUp != null) {
            warmingUp.cancel(true);
        }
        super.destroy();
    }

    /** A request no interaction serves: 405 for a method the resource type does not take, else 400. */
    @Override
    protected void throwUnknownFhirOperationException(RequestDetails request, String path, RequestTypeEnum method) {
        throw UnsupportedInteraction.refusal(request, method, getResourceBindings());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        InboundOrigin.set("fhir " + request.getRemoteAddr());
        try {
            super.service(request, response);
        } finally {
            InboundOrigin.clear();
        }
    }
}
