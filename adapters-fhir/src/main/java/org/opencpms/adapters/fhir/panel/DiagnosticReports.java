package org.opencpms.adapters.fhir.panel;

import java.util.Map;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.opencpms.adapters.fhir.http.InvalidElement;
import org.opencpms.domain.panel.SectionKind;

/**
 * A diagnostic report as a paragraph of one clinical section of the consultation form: its title line (code, date),
 * a line per result and its conclusion with the conclusion codes. The section follows the report's {@code category}
 * (HL7 v2-0074 diagnostic service section): {@code GE} genetics, {@code PAT}/{@code SP}/{@code CP} histology,
 * {@code RAD} and the imaging modalities imaging, anything else laboratory. Results are laboratory Observations
 * ({@link LabResults}) contained in the report, since OpenCPMS keeps no Observation resources of its own.
 */
final class DiagnosticReports {

    static final String SECTION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0074";
    private static final Map<String, SectionKind> SECTIONS = Map.of("GE", SectionKind.GENETICS,
            "PAT", SectionKind.HISTOLOGY, "SP", SectionKind.HISTOLOGY, "CP", SectionKind.HISTOLOGY,
            "RAD", SectionKind.IMAGING, "CT", SectionKind.IMAGING, "MR", SectionKind.IMAGING, "US", SectionKind.IMAGING,
            "NMR", SectionKind.IMAGING, "RX", SectionKind.IMAGING);

    private DiagnosticReports() {
    }

    static SectionKind section(DiagnosticReport report) {
        return report.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> SECTION_SYSTEM.equals(c.getSystem()) && SECTIONS.containsKey(c.getCode()))
                .map(c -> SECTIONS.get(c.getCode())).findFirst().orElse(SectionKind.LABORATORY);
    }

    static String text(DiagnosticReport report) {
        var text = new StringBuilder("Report: ").append(LabResults.concept(report.getCode(), "DiagnosticReport.code"));
        if (report.hasEffectiveDateTimeType()) {
            text.append(", ").append(report.getEffectiveDateTimeType().getValueAsString());
        }
        for (int i = 0; i < report.getResult().size(); i++) {
            var location = "DiagnosticReport.result[" + i + "]";
            text.append("\n- ").append(LabResults.line(contained(report, report.getResult().get(i), location),
                    location + ".resolve()"));
        }
        if (report.hasConclusion()) {
            text.append("\nConclusion: ").append(report.getConclusion());
        }
        for (int i = 0; i < report.getConclusionCode().size(); i++) {
            text.append(i == 0 ? "\nConclusion codes: " : "; ")
                    .append(LabResults.concept(report.getConclusionCode().get(i), "DiagnosticReport.conclusionCode[" + i + "]"));
        }
        return text.toString();
    }

    private static Observation contained(DiagnosticReport report, Reference result, String location) {
        if (result.getResource() instanceof Observation observation) {
            return observation;
        }
        var local = result.getReference() == null ? "" : result.getReference();
        for (Resource resource : report.getContained()) {
            var id = resource.getIdElement().getIdPart();
            if (resource instanceof Observation observation && id != null && local.equals("#" + id.replace("#", ""))) {
                return observation;
            }
        }
        throw InvalidElement.refused(location, "diagnostic-report.result-not-contained",
                "a result is an Observation contained in the report (#id): OpenCPMS keeps no Observation resources");
    }
}
