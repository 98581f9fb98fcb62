package org.opencpms.adapters.fhir.panel;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.opencpms.adapters.fhir.http.InvalidElement;
import org.opencpms.domain.panel.LabResult;
import org.opencpms.domain.panel.SectionKind;

/**
 * A diagnostic report as a paragraph of one clinical section of the consultation form: its title line (code, date),
 * a line per result and its conclusion with the conclusion codes. The section follows the report's {@code category}
 * (HL7 v2-0074 diagnostic service section): {@code GE} genetics, {@code PAT}/{@code SP}/{@code CP} histology,
 * {@code RAD} and the imaging modalities imaging, anything else laboratory. Results are laboratory Observations
 * ({@link LabResults}) contained in the report or, in a transaction Bundle, entries of their own that the report names
 * by fullUrl; each is also kept as the laboratory result it is, as a standalone Observation would be, and read back
 * as an Observation.
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

    /** The report's paragraph; every result's codings are checked at its own location. */
    static String text(DiagnosticReport report) {
        var text = new StringBuilder("Report: ").append(LabResults.concept(report.getCode(), "DiagnosticReport.code"));
        if (report.hasEffectiveDateTimeType()) {
            text.append(", ").append(report.getEffectiveDateTimeType().getValueAsString());
        }
        for (int i = 0; i < report.getResult().size(); i++) {
            text.append("\n- ").append(LabResults.line(result(report, i), location(i)));
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

    /** The report's results as the laboratory results they are, in order (call {@link #text} first: it checks them). */
    static List<LabResult> labResults(DiagnosticReport report) {
        return IntStream.range(0, report.getResult().size())
                .mapToObj(i -> LabResults.result(result(report, i), location(i))).toList();
    }

    private static String location(int index) {
        return "DiagnosticReport.result[" + index + "].resolve()";
    }

    /**
     * The result Observation: the one the reference holds (a transaction Bundle's entry, see
     * {@code ReportResults}), else the contained one it names ({@code #id}).
     */
    private static Observation result(DiagnosticReport report, int index) {
        var result = report.getResult().get(index);
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
        throw InvalidElement.refused("DiagnosticReport.result[" + index + "]", "diagnostic-report.result-not-contained",
                "a result is an Observation contained in the report (#id) or an Observation entry of the same"
                        + " transaction Bundle (its fullUrl)");
    }
}
