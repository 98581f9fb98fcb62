package org.opencpms.adapters.fhir.patient;

import org.hl7.fhir.r4.model.Patient;
import org.opencpms.domain.patient.PatientForbidden;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * Where a Patient pushed over FHIR is enrolled and for whom: the centre its {@code managingOrganization} names
 * ({@code Organization/<centre id>}), else the one centre at which the caller enrols (a machine client's is the centre
 * it is registered to); the health professional is the caller, or the one a centre assistant acts for there. Whether
 * the caller may enrol there is the domain's decision, not this class's; a caller who enrols nowhere (an auditor, an
 * operator) and names no centre gets the domain's refusal as REST gives it: {@code patient.enrol-forbidden} (403).
 * Several centres and none named: 422 {@code managing-organization.invalid}.
 */
record EnrolmentSite(ProviderId centre, UserId enrollingHp) {

    static EnrolmentSite of(Actor actor, Patient patient) {
        ProviderId centre;
        if (patient.hasManagingOrganization()) {
            var reference = patient.getManagingOrganization().getReferenceElement();
            if (!"Organization".equals(reference.getResourceType()) || !reference.hasIdPart()) {
                throw new InvalidValue("managing-organization", "expected Organization/<centre id>");
            }
            centre = ProviderId.of(reference.getIdPart());
        } else {
            centre = soleCentre(actor);
        }
        return new EnrolmentSite(centre, actor.enrolsFor(centre).orElse(actor.id()));
    }

    private static ProviderId soleCentre(Actor actor) {
        var centres = actor.enrolmentCentres();
        if (centres.isEmpty()) {
            throw PatientForbidden.enrol();
        }
        if (centres.size() != 1) {
            throw new InvalidValue("managing-organization",
                    "you enrol at " + centres.size() + " centres: name one as Organization/<centre id>");
        }
        return centres.iterator().next();
    }
}
