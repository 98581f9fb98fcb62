package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.imaging.ListPanelStudies;
import org.opencpms.application.panel.AttachImagingStudy;

/**
 * ImagingStudy: create attaches a de-identified study the image archive received (over DICOM or DICOMweb) to the
 * consultation its {@code basedOn} names (a ServiceRequest), listed among the form's attachments, through
 * {@link AttachImagingStudy}: the lead or the lead's centre assistant, the study of the panel's patient, not attached
 * elsewhere. UIDs and modalities are checked first ({@link ImagingStudies}); the answer is the study, whose logical id
 * is its UID. Search by {@code basedon} lists the studies attached to a consultation ({@link ListPanelStudies}), to
 * whoever sees it.
 */
@Dependent
public class ImagingStudyResourceProvider implements IResourceProvider {

    private final AttachImagingStudy attach;
    private final ListPanelStudies list;

    @Inject
    public ImagingStudyResourceProvider(AttachImagingStudy attach, ListPanelStudies list) {
        this.attach = attach;
        this.list = list;
    }

    @Override
    public Class<ImagingStudy> getResourceType() {
        return ImagingStudy.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam ImagingStudy study, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var uid = ImagingStudies.checkedUid(study);
        var panel = CodedEntries.consultation(study.getBasedOn().isEmpty() ? null : study.getBasedOnFirstRep());
        attach.handle(new AttachImagingStudy.Command(actor, panel, null, uid, ImagingStudies.title(study),
                Subjects.of(study.getSubject())));
        return new MethodOutcome(new IdType("ImagingStudy", uid.value())).setCreated(true);
    }

    @Search
    public List<ImagingStudy> byConsultation(@RequiredParam(name = ImagingStudy.SP_BASEDON) ReferenceParam basedOn,
                                             RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var panel = CodedEntries.consultation(new Reference("ServiceRequest/" + basedOn.getIdPart()));
        return list.handle(new ListPanelStudies.Query(actor, panel)).stream().map(ImagingStudies::toFhir).toList();
    }
}
