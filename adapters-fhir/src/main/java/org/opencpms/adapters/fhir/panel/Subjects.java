package org.opencpms.adapters.fhir.panel;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.adapters.fhir.http.NamingSystems;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.shared.PatientId;

/**
 * The patient a clinical resource is about. In: {@code Patient/<id>}, or null when it names none. Out: the Patient by
 * id and nickname with the pseudonym id as its identifier; only for those who see the patient's identity (the
 * enrolling health professional and their assistant) is the identifier the hospital's medical record number instead.
 */
public final class Subjects {

    private Subjects() {
    }

    public static PatientId of(Reference subject) {
        if (subject == null || !"Patient".equals(subject.getReferenceElement().getResourceType())) {
            return null;
        }
        return FhirIds.patient(subject.getReferenceElement());
    }

    public static Reference reference(FindClinicalEntries.Subject subject) {
        var reference = new Reference("Patient/" + subject.id().value()).setDisplay(subject.nickname().value());
        reference.setIdentifier(subject.hospitalIdentifier()
                .map(mrn -> new Identifier().setValue(mrn.value())
                        .setType(new CodeableConcept().addCoding(new Coding(NamingSystems.IDENTIFIER_TYPES, "MR", null))))
                .orElseGet(() -> new Identifier().setSystem(NamingSystems.PSEUDONYM)
                        .setValue(subject.pseudonym().value().toString())));
        return reference;
    }
}
