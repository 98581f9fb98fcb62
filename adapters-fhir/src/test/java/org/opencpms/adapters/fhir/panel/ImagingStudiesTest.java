package org.opencpms.adapters.fhir.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.Instant;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.fhir.http.IncomingValidation;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

class ImagingStudiesTest {

    private static ImagingStudy incoming(String studyUid, String seriesUid, String modality) {
        var study = new ImagingStudy().setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE);
        study.addIdentifier().setSystem("urn:dicom:uid").setValue("urn:oid:" + studyUid);
        study.addSeries().setUid(seriesUid).setModality(new Coding(ImagingStudies.DICOM, modality, null))
                .addInstance().setUid("2.25.7").setSopClass(new Coding("urn:ietf:rfc:3986", "urn:oid:1.2.840.10008.5.1.4.1.1.2", null));
        return study;
    }

    @Test
    void the_study_uid_is_read_from_its_dicom_identifier_once_every_uid_and_modality_is_checked() {
        assertThat(ImagingStudies.checkedUid(incoming("2.25.123", "2.25.456", "CT")))
                .isEqualTo(new StudyInstanceUid("2.25.123"));
    }

    @Test
    void a_malformed_uid_or_a_modality_that_is_no_dicom_code_is_refused_naming_its_element() {
        assertRefused(incoming("2.25.0123", "2.25.456", "CT"), "study-uid.invalid", "ImagingStudy.identifier[0].value");
        assertRefused(incoming("2.25.123", "x.y", "CT"), "series-uid.invalid", "ImagingStudy.series[0].uid");
        assertRefused(incoming("2.25.123", "2.25.456", "computed tomography"), "modality.invalid",
                "ImagingStudy.series[0].modality");
        assertRefused(new ImagingStudy(), "study-uid.invalid", "ImagingStudy.identifier");
    }

    private static void assertRefused(ImagingStudy study, String code, String location) {
        assertThatThrownBy(() -> ImagingStudies.checkedUid(study))
                .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
                    var issue = ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep();
                    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo(code);
                    assertThat(issue.getExpression()).extracting(Object::toString).containsExactly(location);
                });
    }

    @Test
    void an_attached_study_read_back_is_valid_r4_naming_the_patient_by_id_alone() {
        var patient = PatientId.random();
        var panel = new PanelId(java.util.UUID.randomUUID());
        var stored = new org.opencpms.domain.imaging.ImagingStudy(new StudyInstanceUid("2.25.99"), patient, panel,
                "CT MR", 2, 40, Instant.parse("2026-12-07T07:00:00Z"));

        var study = ImagingStudies.toFhir(stored);

        var errors = new IncomingValidation(FhirContext.forR4Cached()).validator().validateWithResult(study)
                .getMessages().stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
        assertThat(errors).isEmpty();
        assertThat(study.getIdElement().getIdPart()).isEqualTo("2.25.99");
        assertThat(study.getSubject().getReference()).isEqualTo("Patient/" + patient.value());
        assertThat(study.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + panel.value());
        assertThat(study.getModality()).extracting(Coding::getCode).containsExactly("CT", "MR");
    }
}
