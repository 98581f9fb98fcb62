package org.opencpms.adapters.rest.kpi;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.kpi.KpiReport;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;

/**
 * The KPIs and activity figures of one ERN ({@code ern}; absent: all ERNs) over {@code [from, to)}: registered and
 * active users by country code, panels by ERN and by state, panels closed in the period, the median time from
 * opening to outcome as an ISO-8601 duration ({@code PT72H}) and the mean usefulness rating (both absent when no
 * panel closed in the period, or none was rated).
 */
public record KpiJson(@Schema(implementation = Ern.class) String ern, Instant from, Instant to,
                      Map<String, Long> registeredUsersByCountry, Map<String, Long> activeUsersByCountry,
                      @Schema(type = SchemaType.OBJECT, propertyNames = Ern.class) Map<String, Long> panelsByErn,
                      @Schema(type = SchemaType.OBJECT, propertyNames = PanelState.class) Map<String, Long> panelsByState,
                      long panelsClosed,
                      String medianTimeToOutcome, Double meanUsefulness) {

    public static KpiJson of(KpiReport report) {
        var byErn = new TreeMap<String, Long>();
        report.panelsByErn().forEach((ern, count) -> byErn.put(ern.name(), count));
        var byState = new TreeMap<String, Long>();
        report.panelsByState().forEach((state, count) -> byState.put(state.name(), count));
        return new KpiJson(report.ern().map(Enum::name).orElse(null), report.from(), report.to(),
                new TreeMap<>(report.registeredUsersByCountry()), new TreeMap<>(report.activeUsersByCountry()),
                byErn, byState, report.panelsClosed(), report.medianTimeToOutcome().map(Object::toString).orElse(null),
                report.meanUsefulness().isPresent() ? report.meanUsefulness().getAsDouble() : null);
    }
}
