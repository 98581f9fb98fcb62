package org.opencpms.adapters.fhir.patient;

import org.hl7.fhir.r4.model.Patient;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * Where a Patient pushed over FHIR is enrolled and for whom: the centre its {@code managingOrganization} names
 * ({@code Organization/<centre id>}), else the one centre at which the caller enrols (a machine client's is the centre
 * it is registered to); the health professional is the caller, or the one a centre assistant acts for there. Whether
 * the caller may enrol there is the domain's decision, not this class's.
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
            var centres = actor.enrolmentCentres();
            if (centres.size() != 1) {
                throw new InvalidValue("managing-organization",
                        "you enrol at " + centres.size() + " centres: name one as Organization/<centre id>");
            }
            centre = centres.iterator().next();
        }
        return new EnrolmentSite(centre, actor.enrolsFor(centre).orElse(actor.id()));
    }
}
