package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.UserProfileUpdated;

class UpdateProfileTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final UpdateProfile updateProfile = new UpdateProfile(world.users, world.events, world.auditing, world.clock);

    @Test
    void a_user_updates_their_own_profile() {
        var user = world.person();

        updateProfile.handle(new UpdateProfile.Command(user, user.id(), 0L, "Prof. Jan Novak", EmailAddress.of("jan.novak@example.cz"), Country.of("CZ"), Language.DE));

        var stored = world.stored(user.id());
        assertThat(stored.displayName()).isEqualTo("Prof. Jan Novak");
        assertThat(stored.email()).isEqualTo(EmailAddress.of("jan.novak@example.cz"));
        assertThat(stored.country()).isEqualTo(Country.of("CZ"));
        assertThat(stored.language()).isEqualTo(Language.DE);
        assertThat(world.events.published(UserProfileUpdated.class)).singleElement()
                .satisfies(e -> assertThat(e.country()).isEqualTo(Country.of("CZ")));
        assertThat(world.lastAudit().action()).isEqualTo(AuditAction.UPDATE);
        assertThat(world.lastAudit().purpose()).isEqualTo("profile updated");
    }

    @Test
    void nobody_updates_someone_elses_profile() {
        var user = world.person();
        var other = world.person();

        assertThatThrownBy(() -> updateProfile.handle(new UpdateProfile.Command(other, user.id(), null, "Mallory", EmailAddress.of("mallory@example.eu"), Country.of("CZ"), null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-own-account");
        assertThat(world.stored(user.id()).country()).isEqualTo(Country.of("DE"));
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void a_stale_expected_version_is_a_conflict() {
        var user = world.person();

        assertThatThrownBy(() -> updateProfile.handle(new UpdateProfile.Command(user, user.id(), 2L, "New", EmailAddress.of("new@example.eu"), Country.of("CZ"), null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.concurrent-update");
    }
}
