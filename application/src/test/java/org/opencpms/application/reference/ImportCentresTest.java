package org.opencpms.application.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.DomainException;

class ImportCentresTest {

    private static final List<CentreRow> LIST = List.of(
            new CentreRow(2, "Charité Berlin", "DE", "ERKNet", "FULL_MEMBER"),
            new CentreRow(3, "Charité Berlin", "de", "ERN-RND", "affiliated partner"),
            new CentreRow(4, "Hôpital Necker", "FR", "ERKNET", "ASSOCIATED_PARTNER"));

    private final PeopleFixtures world = new PeopleFixtures();
    private final ImportCentres importCentres = new ImportCentres(world.providers, world.events, world.auditing,
            world.clock);

    @Test
    void a_dry_run_reports_what_would_change_and_changes_nothing() {
        var report = importCentres.handle(new ImportCentres.Command(world.operator(), LIST, true));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.applied()).isFalse();
        assertThat(report.centresRegistered()).isEqualTo(2);
        assertThat(report.membershipsRecorded()).isEqualTo(3);
        assertThat(report.changes()).contains("line 2: register Charité Berlin (DE)");
        assertThat(world.providers.inCountry(Country.of("DE"))).isEmpty();
        assertThat(world.audit()).isEmpty();
        assertThat(world.events.published()).isEmpty();
    }

    @Test
    void an_import_registers_centres_with_their_memberships_and_importing_again_changes_nothing() {
        var first = importCentres.handle(new ImportCentres.Command(world.operator(), LIST, false));
        int audited = world.audit().size();

        var again = importCentres.handle(new ImportCentres.Command(world.operator(), LIST, false));

        assertThat(first.applied()).isTrue();
        var berlin = world.providers.inCountry(Country.of("DE"));
        assertThat(berlin).singleElement().satisfies(centre -> assertThat(centre.memberships()).isEqualTo(
                Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER, Ern.RND, MembershipType.AFFILIATED_PARTNER)));
        assertThat(audited).isEqualTo(2);
        assertThat(again.centresRegistered()).isZero();
        assertThat(again.membershipsRecorded()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(world.audit()).hasSize(audited);
    }

    @Test
    void a_changed_type_of_membership_is_recorded_for_the_centre_already_known() {
        importCentres.handle(new ImportCentres.Command(world.operator(), LIST, false));

        var report = importCentres.handle(new ImportCentres.Command(world.operator(),
                List.of(new CentreRow(2, "CHARITÉ BERLIN", "DE", "ERKNET", "AFFILIATED_PARTNER")), false));

        assertThat(report.centresRegistered()).isZero();
        assertThat(report.membershipsRecorded()).isEqualTo(1);
        assertThat(world.providers.inCountry(Country.of("DE")).get(0).membershipIn(Ern.ERKNET))
                .contains(MembershipType.AFFILIATED_PARTNER);
    }

    @Test
    void every_wrong_row_is_reported_and_nothing_changes() {
        var rows = new ArrayList<>(LIST);
        rows.add(new CentreRow(5, "Mayo Clinic", "US", "ERKNET", "FULL_MEMBER"));
        rows.add(new CentreRow(6, "Somewhere", "NL", "ERN-NOPE", "FULL_MEMBER"));
        rows.add(new CentreRow(7, "Radboudumc", "NL", "ITHACA", "GOLD"));
        rows.add(new CentreRow(8, " ", "NL", "ITHACA", "FULL_MEMBER"));
        rows.add(new CentreRow(9, "charité berlin", "DE", "ERKNET", "FULL_MEMBER"));

        var report = importCentres.handle(new ImportCentres.Command(world.operator(), rows, false));

        assertThat(report.problems()).hasSize(5);
        assertThat(report.problems()).extracting(ImportReport.RowProblem::line).containsExactly(5, 6, 7, 8, 9);
        assertThat(report.problems().get(0).problem()).contains("US");
        assertThat(report.problems().get(1).problem()).contains("ERN-NOPE");
        assertThat(report.problems().get(2).problem()).contains("GOLD");
        assertThat(report.problems().get(4).problem()).isEqualTo("the same centre and ERN as line 2");
        assertThat(report.applied()).isFalse();
        assertThat(world.providers.inCountry(Country.of("DE"))).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void only_an_operator_imports_centres() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, world.centre(PeopleFixtures.ERN));

        assertThatThrownBy(() -> importCentres.handle(new ImportCentres.Command(coordinator, LIST, true)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
    }
}
