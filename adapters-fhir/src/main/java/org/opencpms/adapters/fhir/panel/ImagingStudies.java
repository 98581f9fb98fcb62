package org.opencpms.adapters.fhir.panel;

import java.util.Arrays;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.ImagingStudy.ImagingStudyStatus;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.InvalidElement;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyInstanceUid;

/**
 * ImagingStudy to and from OpenCPMS. In: the study instance UID ({@value #DICOM_UID} identifier,
 * {@code urn:oid:<uid>}) of a study the image archive received, and how the form lists it (its {@code description},
 * else "Imaging study"); every series and instance UID is checked by the domain's DICOM UID rule and every modality
 * must be a DICOM code (422 naming the element). Out: the de-identified study by its UID (also its logical id), its
 * patient by id alone, the consultation it is attached to, its modalities (DICOM), series and instance counts.
 */
final class ImagingStudies {

    static final String DICOM_UID = "urn:dicom:uid";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    private static final String OID = "urn:oid:";

    private ImagingStudies() {
    }

    /** The study's UID, once every UID and modality of the resource has been checked. */
    static StudyInstanceUid checkedUid(ImagingStudy study) {
        var identifiers = study.getIdentifier();
        StudyInstanceUid uid = null;
        for (int i = 0; i < identifiers.size(); i++) {
            if (DICOM_UID.equals(identifiers.get(i).getSystem())) {
                var value = identifiers.get(i).getValue();
                var text = value != null && value.startsWith(OID) ? value.substring(OID.length()) : value;
                uid = InvalidElement.at("ImagingStudy.identifier[" + i + "].value", () -> new StudyInstanceUid(text));
            }
        }
        if (uid == null) {
            throw InvalidElement.refused("ImagingStudy.identifier", "study-uid.invalid",
                    "name the study by its DICOM study instance UID: system " + DICOM_UID + ", value urn:oid:<uid>");
        }
        checkSeries(study);
        return uid;
    }

    private static void checkSeries(ImagingStudy study) {
        for (int s = 0; s < study.getSeries().size(); s++) {
            var series = study.getSeries().get(s);
            var at = "ImagingStudy.series[" + s + "]";
            InvalidElement.at(at + ".uid", () -> new SeriesInstanceUid(series.getUid()));
            var modality = series.getModality();
            if (!series.hasModality() || !DICOM.equals(modality.getSystem())
                    || modality.getCode() == null || !modality.getCode().matches("[A-Z]{2,16}")) {
                throw InvalidElement.refused(at + ".modality", "modality.invalid",
                        "a modality is a DICOM code (system " + DICOM + ", e.g. CT), not " + modality.getCode());
            }
            for (int i = 0; i < series.getInstance().size(); i++) {
                var instance = series.getInstance().get(i);
                InvalidElement.at(at + ".instance[" + i + "].uid", () -> new SopInstanceUid(instance.getUid()));
            }
        }
    }

    static String title(ImagingStudy study) {
        return study.hasDescription() ? study.getDescription() : "Imaging study";
    }

    static ImagingStudy toFhir(org.opencpms.domain.imaging.ImagingStudy study) {
        var uid = study.uid().value();
        var out = new ImagingStudy().setStatus(ImagingStudyStatus.AVAILABLE)
                .setSubject(new Reference("Patient/" + study.patient().value()))
                .setNumberOfSeries(study.seriesCount()).setNumberOfInstances(study.instanceCount());
        out.setIdElement(new IdType("ImagingStudy", uid));
        out.addIdentifier().setSystem(DICOM_UID).setValue(OID + uid);
        study.attachedTo().ifPresent(panel -> out.addBasedOn(new Reference("ServiceRequest/" + panel.value())));
        Arrays.stream(study.modalities().split("\\s+")).filter(m -> !m.isEmpty())
                .forEach(m -> out.addModality(new Coding(DICOM, m, null)));
        return out;
    }
}
