package org.opencpms.adapters.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * The IHE profiles the endpoint implements, named in the CapabilityStatement HAPI generates: the actors' capability
 * statements it instantiates (PDQm Patient Demographics Supplier, ITI-78; MHD Document Recipient, ITI-65, and
 * Document Responder, ITI-67/68; BALP Audit Creator) and, per resource, the profiles it supports (the PDQm Patient,
 * the MHD DocumentReference, the BALP AuditEvents it emits).
 */
@Interceptor
@Dependent
public class IheProfiles {

    static final String ITI = "https://profiles.ihe.net/ITI/";
    static final List<String> INSTANTIATES = List.of(
            ITI + "PDQm/CapabilityStatement/IHE.PDQm.PatientDemographicsSupplierQuery",
            ITI + "MHD/CapabilityStatement/IHE.MHD.DocumentRecipient",
            ITI + "MHD/CapabilityStatement/IHE.MHD.DocumentResponder",
            ITI + "BALP/CapabilityStatement/IHE.BALP.AuditCreator");
    private static final String BALP = ITI + "BALP/StructureDefinition/IHE.BasicAudit.";
    static final Map<String, List<String>> SUPPORTED = Map.of(
            "Patient", List.of(ITI + "PDQm/StructureDefinition/IHE.PDQm.Patient"),
            "DocumentReference", List.of(ITI + "MHD/StructureDefinition/IHE.MHD.Minimal.DocumentReference"),
            "AuditEvent", List.of(BALP + "Read", BALP + "Create", BALP + "Update", BALP + "PatientRead",
                    BALP + "PatientCreate", BALP + "PatientUpdate"));

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void name(IBaseConformance generated) {
        var statement = (CapabilityStatement) generated;
        INSTANTIATES.forEach(statement::addInstantiates);
        statement.getRestFirstRep().getResource().forEach(resource -> SUPPORTED
                .getOrDefault(resource.getType(), List.of()).forEach(resource::addSupportedProfile));
    }
}
