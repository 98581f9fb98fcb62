package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.opencpms.application.imaging.ArchivedInstance;
import org.opencpms.application.imaging.ArchivedStudy;

/**
 * QIDO-RS answers (PS3.18 10.6) for studies, series and instances: each result holds the level's usual attributes,
 * read from the stored (de-identified) header of the level's first instance, the counts and modalities of the index,
 * and its RetrieveURL; then the {@link QueryKeys} filter it and page through the results ({@link Matches}).
 */
final class Qido {

    private static final List<AttributeTag> STUDY = List.of(TagFromName.SpecificCharacterSet, TagFromName.StudyDate,
            TagFromName.StudyTime, TagFromName.AccessionNumber, TagFromName.ReferringPhysicianName, TagFromName.PatientName,
            TagFromName.PatientID, TagFromName.PatientBirthDate, TagFromName.PatientSex, TagFromName.StudyID,
            TagFromName.StudyDescription, TagFromName.StudyInstanceUID);
    private static final List<AttributeTag> SERIES = List.of(TagFromName.SpecificCharacterSet, TagFromName.Modality,
            TagFromName.SeriesDescription, TagFromName.SeriesNumber, TagFromName.SeriesDate, TagFromName.StudyInstanceUID,
            TagFromName.SeriesInstanceUID);
    private static final List<AttributeTag> INSTANCE = List.of(TagFromName.SpecificCharacterSet, TagFromName.SOPClassUID,
            TagFromName.SOPInstanceUID, TagFromName.InstanceNumber, TagFromName.Rows, TagFromName.Columns,
            TagFromName.NumberOfFrames, TagFromName.BitsAllocated, TagFromName.StudyInstanceUID, TagFromName.SeriesInstanceUID);

    private final String base;

    /** @param base the URL of the service root, ending in {@code /} */
    Qido(String base) {
        this.base = base;
    }

    Matches studies(List<ArchivedStudy> studies, QueryKeys keys) {
        var results = new ArrayList<AttributeList>();
        for (var study : studies) {
            if (study.instances().isEmpty()) {
                continue;
            }
            var header = StoredInstance.header(study.instances().get(0));
            var result = copied(header, STUDY);
            DicomJson.put(result, TagFromName.ModalitiesInStudy, String.join("\\",
                    new TreeSet<>(study.instances().stream().map(ArchivedInstance::modality).toList())));
            DicomJson.put(result, TagFromName.NumberOfStudyRelatedSeries, Integer.toString(bySeries(study).size()));
            DicomJson.put(result, TagFromName.NumberOfStudyRelatedInstances, Integer.toString(study.instances().size()));
            DicomJson.putUrl(result, base + "studies/" + study.study().uid().value());
            add(results, result, header, keys);
        }
        return Matches.of(results, keys);
    }

    Matches series(ArchivedStudy study, QueryKeys keys) {
        var results = new ArrayList<AttributeList>();
        for (var series : bySeries(study).entrySet()) {
            var header = StoredInstance.header(series.getValue().get(0));
            var result = copied(header, SERIES);
            DicomJson.put(result, TagFromName.NumberOfSeriesRelatedInstances, Integer.toString(series.getValue().size()));
            DicomJson.putUrl(result, seriesUrl(study, series.getKey()));
            add(results, result, header, keys);
        }
        return Matches.of(results, keys);
    }

    Matches instances(ArchivedStudy study, String seriesUid, QueryKeys keys) {
        var results = new ArrayList<AttributeList>();
        for (var instance : study.instances()) {
            if (seriesUid == null || instance.series().value().equals(seriesUid)) {
                var header = StoredInstance.header(instance);
                var result = copied(header, INSTANCE);
                DicomJson.putUrl(result, seriesUrl(study, instance.series().value())
                        + "/instances/" + instance.uid().value());
                add(results, result, header, keys);
            }
        }
        return Matches.of(results, keys);
    }

    /** The instances of a study by series UID, in the order of the index. */
    static Map<String, List<ArchivedInstance>> bySeries(ArchivedStudy study) {
        var series = new LinkedHashMap<String, List<ArchivedInstance>>();
        study.instances().forEach(i -> series.computeIfAbsent(i.series().value(), s -> new ArrayList<>()).add(i));
        return series;
    }

    private String seriesUrl(ArchivedStudy study, String seriesUid) {
        return base + "studies/" + study.study().uid().value() + "/series/" + seriesUid;
    }

    private static AttributeList copied(AttributeList header, List<AttributeTag> tags) {
        var result = new AttributeList();
        tags.forEach(t -> DicomJson.copy(header, result, t));
        return result;
    }

    private static void add(List<AttributeList> results, AttributeList result, AttributeList header, QueryKeys keys) {
        if (keys.matches(result, header)) {
            results.add(result);
        }
    }
}
