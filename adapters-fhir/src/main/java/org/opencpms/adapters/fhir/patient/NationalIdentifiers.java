package org.opencpms.adapters.fhir.patient;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.NamingSystems;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.reference.Country;

/**
 * A patient's national identifier in FHIR: the identifier typed {@code NI} (v2-0203) whose assigner is the issuing
 * country, by its ISO 3166 code ({@value #COUNTRIES}). Read back as it is served, so that an update of a Patient
 * that was read keeps it; an NI identifier without its country (a national system's own) is not taken as one.
 */
final class NationalIdentifiers {

    static final String COUNTRIES = "urn:iso:std:iso:3166";
    private static final String TYPE = "NI";

    private NationalIdentifiers() {
    }

    static Identifier toFhir(NationalIdentifier national) {
        return new Identifier().setValue(national.value())
                .setType(new CodeableConcept().addCoding(new Coding(NamingSystems.IDENTIFIER_TYPES, TYPE, null)))
                .setAssigner(new Reference().setIdentifier(new Identifier().setSystem(COUNTRIES)
                        .setValue(national.issuer().code())));
    }

    /** The national identifier of an incoming Patient: one typed NI that names its issuing country; else none. */
    static NationalIdentifier of(Patient patient) {
        return patient.getIdentifier().stream().filter(NationalIdentifiers::isNational)
                .filter(i -> COUNTRIES.equals(i.getAssigner().getIdentifier().getSystem())
                        && i.getAssigner().getIdentifier().hasValue())
                .map(i -> new NationalIdentifier(Country.of(i.getAssigner().getIdentifier().getValue()), i.getValue()))
                .findFirst().orElse(null);
    }

    static boolean isNational(Identifier identifier) {
        return identifier.getType().getCoding().stream()
                .anyMatch(c -> NamingSystems.IDENTIFIER_TYPES.equals(c.getSystem()) && TYPE.equals(c.getCode()));
    }
}
