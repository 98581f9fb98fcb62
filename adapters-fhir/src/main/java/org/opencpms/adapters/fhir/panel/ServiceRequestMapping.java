package org.opencpms.adapters.fhir.panel;

import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.opencpms.application.panel.PanelView;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.user.Actor;

/**
 * A consultation request as a FHIR ServiceRequest: {@code category} SNOMED CT 11429006 (consultation) is required;
 * {@code reasonCode[0].text} is the reason for the request, its codings in ICD-10, ORPHAcode or SNOMED CT the coded
 * diagnoses (checked by the domain's format and check-digit rules); {@code note[0].text} is the clinical question;
 * {@code priority} urgent, asap or stat marks it urgent; the lead ERN is the {@code performer} identified in
 * {@value #ERN_SYSTEM} (e.g. {@code ERKNET}), else the one ERN in which the caller is a health professional. Out,
 * {@code status} follows the panel's lifecycle: draft; active while it selects, assesses and signs off; completed once
 * closed or archived; revoked when aborted; entered-in-error when a draft was deleted.
 */
final class ServiceRequestMapping {

    static final String SNOMED = "http://snomed.info/sct";
    static final String CONSULTATION = "11429006";
    static final String ERN_SYSTEM = "https://opencpms.org/fhir/sid/ern";

    private ServiceRequestMapping() {
    }

    static Ern leadErn(ServiceRequest request, Actor actor) {
        var named = request.getPerformer().stream().map(Reference::getIdentifier)
                .filter(i -> ERN_SYSTEM.equals(i.getSystem())).map(Identifier::getValue).findFirst();
        if (named.isPresent()) {
            return Arrays.stream(Ern.values()).filter(e -> e.name().equals(named.get())).findFirst()
                    .orElseThrow(() -> new InvalidValue("lead-ern", "no ERN " + named.get()));
        }
        var own = Arrays.stream(Ern.values()).filter(actor::isHealthProfessionalIn).toList();
        if (own.size() != 1) {
            throw new InvalidValue("lead-ern", "name the lead ERN as a performer identified in " + ERN_SYSTEM);
        }
        return own.get(0);
    }

    static ConsultationForm form(ServiceRequest request) {
        boolean consultation = request.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .anyMatch(c -> SNOMED.equals(c.getSystem()) && CONSULTATION.equals(c.getCode()));
        if (!consultation) {
            throw new InvalidValue("service-request-category", "a consultation request has category "
                    + SNOMED + "|" + CONSULTATION);
        }
        var reason = request.getReasonCodeFirstRep();
        var question = request.getNoteFirstRep().getText();
        var form = ConsultationForm.builder(reason.getText(), question);
        if (request.getPriority() != null && request.getPriority() != ServiceRequestPriority.ROUTINE) {
            form.urgent();
        }
        reason.getCoding().forEach(coding -> system(coding)
                .ifPresent(system -> form.diagnosis(system, coding.getCode(), coding.getDisplay())));
        return form.build();
    }

    static ServiceRequest toFhir(PanelView panel) {
        var request = new ServiceRequest();
        request.setId(panel.id().value().toString());
        request.getMeta().setVersionId(String.valueOf(panel.version()));
        request.setStatus(status(panel.state()));
        request.setIntent(ServiceRequestIntent.ORDER);
        request.addCategory().addCoding(new Coding(SNOMED, CONSULTATION, "Consultation"));
        request.setPriority(panel.urgent() ? ServiceRequestPriority.URGENT : ServiceRequestPriority.ROUTINE);
        request.setSubject(new Reference("Patient/" + panel.patient().id().value()));
        request.setAuthoredOn(Date.from(panel.draftedAt()));
        request.addPerformer().setIdentifier(new Identifier().setSystem(ERN_SYSTEM).setValue(panel.leadErn().name()))
                .setDisplay(panel.leadErn().code());
        var reason = new CodeableConcept().setText(panel.form().reasonForRequest());
        panel.form().diagnoses().forEach(d -> reason.addCoding(new Coding(d.system().uri(), d.code(), d.display())));
        if (reason.hasText() || reason.hasCoding()) {
            request.addReasonCode(reason);
        }
        if (panel.form().clinicalQuestion() != null) {
            request.addNote().setText(panel.form().clinicalQuestion());
        }
        return request;
    }

    static ServiceRequestStatus status(PanelState state) {
        return switch (state) {
            case DRAFT -> ServiceRequestStatus.DRAFT;
            case PANEL_SELECTION, ASSESSMENT, SIGN_OFF -> ServiceRequestStatus.ACTIVE;
            case CLOSED, ARCHIVED -> ServiceRequestStatus.COMPLETED;
            case ABORTED -> ServiceRequestStatus.REVOKED;
            case DELETED -> ServiceRequestStatus.ENTEREDINERROR;
        };
    }

    private static Optional<CodingSystem> system(Coding coding) {
        return Arrays.stream(new CodingSystem[] {CodingSystem.ICD_10, CodingSystem.ORPHACODE, CodingSystem.SNOMED_CT})
                .filter(s -> s.uri().equals(coding.getSystem())).findFirst();
    }
}
