package org.opencpms.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.reference.PlatformRoles;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A platform operator imports centres and their ERN memberships from a list (a few thousand rows, one per centre and
 * ERN). Every row is checked first: a name, an EU/EEA country, a known ERN, a membership type, and no row twice (same
 * centre, country and ERN). If any row is wrong nothing changes and the report names every wrong row. Otherwise a
 * centre not known yet (by name, compared case-insensitively, and country) is registered and every membership the list
 * gives is recorded; memberships it does not mention are left as they are, so importing the same list again changes
 * nothing. A dry run reports what would change without changing it. One transaction; every changed centre is audited.
 */
@ApplicationScoped
@Transactional
public class ImportCentres {

    public record Command(Actor actor, List<CentreRow> rows, boolean dryRun) {
        public Command {
            Require.present(actor, "actor");
            rows = List.copyOf(Require.present(rows, "rows"));
        }
    }

    private record Checked(int line, String name, Country country, Ern ern, MembershipType type) {
        String centre() {
            return name.toLowerCase(Locale.ROOT) + "|" + country;
        }
    }

    private final HealthcareProviders providers;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public ImportCentres(HealthcareProviders providers, DomainEvents events, Auditing auditing, Clock clock) {
        this.providers = providers;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /** @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator */
    public ImportReport handle(Command cmd) {
        PlatformRoles.requireOperator(cmd.actor());
        var problems = new ArrayList<ImportReport.RowProblem>();
        var checked = check(cmd.rows(), problems);
        if (!problems.isEmpty()) {
            return new ImportReport(cmd.dryRun(), cmd.rows().size(), 0, 0, 0, List.of(), problems);
        }
        var now = clock.instant();
        var centres = new LinkedHashMap<String, HealthcareProvider>();
        var byCountry = new HashMap<Country, List<HealthcareProvider>>();
        var registered = new ArrayList<HealthcareProvider>();
        var changed = new LinkedHashMap<ProviderId, HealthcareProvider>();
        var changes = new ArrayList<String>();
        int memberships = 0;
        for (Checked row : checked) {
            var centre = centres.computeIfAbsent(row.centre(), key -> known(row, byCountry).orElse(null));
            if (centre == null) {
                centre = HealthcareProvider.register(ProviderId.random(), row.name(), row.country(), cmd.actor(), now);
                centres.put(row.centre(), centre);
                registered.add(centre);
                changes.add("line " + row.line() + ": register " + row.name() + " (" + row.country() + ")");
            }
            if (centre.membershipIn(row.ern()).filter(type -> type == row.type()).isEmpty()) {
                centre.join(row.ern(), row.type(), cmd.actor(), now);
                changed.put(centre.id(), centre);
                memberships++;
                changes.add("line " + row.line() + ": " + centre.name() + " (" + row.country() + ") in "
                        + row.ern().code() + " as " + row.type());
            }
        }
        if (!cmd.dryRun()) {
            registered.forEach(centre -> changed.putIfAbsent(centre.id(), centre));
            changed.values().forEach(centre -> save(centre, registered.contains(centre), cmd.actor()));
        }
        return new ImportReport(cmd.dryRun(), cmd.rows().size(), registered.size(), memberships,
                checked.size() - memberships, changes, List.of());
    }

    private void save(HealthcareProvider centre, boolean registeredNow, Actor actor) {
        providers.save(centre);
        events.publish(centre.pullEvents());
        auditing.record(actor, registeredNow ? AuditAction.CREATE : AuditAction.UPDATE, "HealthcareProvider",
                centre.id(), null, "reference data import");
    }

    /** The centre of that name and country OpenCPMS knows, reading each country's centres once per import. */
    private Optional<HealthcareProvider> known(Checked row, Map<Country, List<HealthcareProvider>> byCountry) {
        return byCountry.computeIfAbsent(row.country(), providers::inCountry).stream()
                .filter(p -> p.name().equalsIgnoreCase(row.name())).findFirst();
    }

    private static List<Checked> check(List<CentreRow> rows, List<ImportReport.RowProblem> problems) {
        var checked = new ArrayList<Checked>();
        var firstLine = new HashMap<String, Integer>();
        for (CentreRow row : rows) {
            try {
                var name = Require.text(row.name(), "name", 200);
                var country = Country.of(row.country());
                var ern = Ern.byCode(Require.text(row.ern(), "ern", 40))
                        .orElseThrow(() -> new InvalidValue("ern", "not a European Reference Network: " + row.ern()));
                var type = membershipType(row.membership());
                var valid = new Checked(row.line(), name, country, ern, type);
                var first = firstLine.putIfAbsent(valid.centre() + "|" + ern, row.line());
                if (first != null) {
                    problems.add(new ImportReport.RowProblem(row.line(), "the same centre and ERN as line " + first));
                } else {
                    checked.add(valid);
                }
            } catch (InvalidValue e) {
                problems.add(new ImportReport.RowProblem(row.line(), e.getMessage()));
            }
        }
        return checked;
    }

    private static MembershipType membershipType(String text) {
        var name = Require.text(text, "membership", 40).toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return MembershipType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("membership", "FULL_MEMBER, AFFILIATED_PARTNER or ASSOCIATED_PARTNER, not " + text);
        }
    }
}
