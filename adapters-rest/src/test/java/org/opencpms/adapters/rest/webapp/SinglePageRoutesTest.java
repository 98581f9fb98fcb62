package org.opencpms.adapters.rest.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SinglePageRoutesTest {

    @Test
    void the_home_screen_the_patients_and_a_panels_deep_link_are_routes_of_the_application() {
        assertThat(SinglePageRoutes.isRoute("/")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/patients")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/panels/6ca8ce27-30b4-4f5f-baea-24bcd29353d5")).isTrue();
    }

    @Test
    void a_study_of_a_panel_is_a_route_of_the_application() {
        assertThat(SinglePageRoutes.isRoute("/panels/6ca8ce27-30b4-4f5f-baea-24bcd29353d5/studies/2.25.1234")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/panels/x/studies")).isFalse();
        assertThat(SinglePageRoutes.isRoute("/panels/x/studies/2.25.1/series")).isFalse();
    }

    @Test
    void the_users_notifications_settings_and_access_requests_are_routes_of_the_application() {
        assertThat(SinglePageRoutes.isRoute("/notifications")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/settings")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/request-access")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/access-requests")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/notifications/x")).isFalse();
    }

    @Test
    void the_coordinators_kpis_the_auditors_trail_and_the_researchers_data_set_are_routes_of_the_application() {
        assertThat(SinglePageRoutes.isRoute("/kpis")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/audit-trail")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/research")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/audit-trail/verification")).isFalse();
    }

    @Test
    void the_operators_centres_their_import_and_the_networks_are_routes_of_the_application() {
        assertThat(SinglePageRoutes.isRoute("/centres")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/centres/import")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/networks")).isTrue();
        assertThat(SinglePageRoutes.isRoute("/centres/x")).isFalse();
        assertThat(SinglePageRoutes.isRoute("/networks/ERKNET")).isFalse();
    }

    @Test
    void other_paths_under_the_mapped_prefixes_are_not_routes_and_stay_404() {
        assertThat(SinglePageRoutes.isRoute("/panels")).isFalse();
        assertThat(SinglePageRoutes.isRoute("/panels/")).isFalse();
        assertThat(SinglePageRoutes.isRoute("/panels/x/timeline")).isFalse();
        assertThat(SinglePageRoutes.isRoute("/patients/x")).isFalse();
        assertThat(SinglePageRoutes.isRoute("/console")).isFalse();
    }
}
