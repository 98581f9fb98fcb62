package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.NotificationPreferenceChosen;

class ChooseNotificationChannelTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ChooseNotificationChannel choose = new ChooseNotificationChannel(world.users, world.events,
            world.auditing, world.clock);

    @Test
    void a_user_chooses_how_to_hear_about_a_kind_of_notification() {
        var user = world.person();

        choose.handle(new ChooseNotificationChannel.Command(user, user.id(), 0L, NotificationKind.COMMENT, NotificationChannel.EMAIL));

        assertThat(world.stored(user.id()).channelFor(NotificationKind.COMMENT)).isEqualTo(NotificationChannel.EMAIL);
        assertThat(world.events.published(NotificationPreferenceChosen.class)).singleElement()
                .satisfies(e -> assertThat(e.channel()).isEqualTo(NotificationChannel.EMAIL));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.actor()).isEqualTo(user.id());
        assertThat(entry.resourceId()).isEqualTo(user.id().toString());
    }

    @Test
    void nobody_chooses_for_someone_else() {
        var user = world.person();
        var other = world.person();

        assertThatThrownBy(() -> choose.handle(new ChooseNotificationChannel.Command(other, user.id(), null, NotificationKind.COMMENT, NotificationChannel.NONE)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-own-account");
        assertThat(world.stored(user.id()).channelFor(NotificationKind.COMMENT)).isEqualTo(NotificationChannel.IN_APP);
    }

    @Test
    void a_stale_expected_version_is_a_conflict() {
        var user = world.person();

        assertThatThrownBy(() -> choose.handle(new ChooseNotificationChannel.Command(user, user.id(), 7L, NotificationKind.COMMENT, NotificationChannel.NONE)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.concurrent-update");
    }
}
