package org.opencpms.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;

class UserValuesTest {

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no domain exception");
    }

    @Test
    void a_subject_is_an_issuer_and_a_subject_of_bounded_length() {
        var subject = new Subject(" https://ecas.ec.europa.eu/cas/oauth2 ", " n00abcde ");
        assertThat(subject.issuer()).isEqualTo("https://ecas.ec.europa.eu/cas/oauth2");
        assertThat(subject.subject()).isEqualTo("n00abcde");
        assertThat(new Subject("i".repeat(500), "s".repeat(255)).subject()).hasSize(255);
        assertThat(codeOf(() -> new Subject("i".repeat(501), "s"))).isEqualTo("oidc-issuer.invalid");
        assertThat(codeOf(() -> new Subject("i", "s".repeat(256)))).isEqualTo("oidc-subject.invalid");
        assertThat(codeOf(() -> new Subject(" ", "s"))).isEqualTo("oidc-issuer.invalid");
        assertThat(codeOf(() -> new Subject("i", null))).isEqualTo("oidc-subject.invalid");
    }

    @Test
    void an_email_address_has_a_local_part_and_a_dotted_domain() {
        assertThat(EmailAddress.of(" anna.rossi+cpms@policlinico.mi.it ").value()).isEqualTo("anna.rossi+cpms@policlinico.mi.it");
        assertThat(EmailAddress.of("o'neill@hse.ie")).hasToString("o'neill@hse.ie");
        assertThat(EmailAddress.of("a@b-c.eu").value()).isEqualTo("a@b-c.eu");
        for (String bad : new String[] {"anna", "anna@", "@hse.ie", "anna@hse", "an na@hse.ie", "anna@@hse.ie",
                "anna@-hse.ie", "anna@hse-.ie", "anna@hse.i", "anna@hse.ie1", "anna@hse..ie", ""}) {
            assertThat(codeOf(() -> EmailAddress.of(bad))).as(bad).isEqualTo("email.invalid");
        }
    }

    @Test
    void an_email_address_has_at_most_254_characters() {
        String domain = "@hse.ie";
        assertThat(EmailAddress.of("a".repeat(254 - domain.length()) + domain).value()).hasSize(254);
        assertThat(codeOf(() -> EmailAddress.of("a".repeat(255 - domain.length()) + domain))).isEqualTo("email.invalid");
    }

    @Test
    void each_channel_says_whether_it_notifies_in_app_and_by_email() {
        assertThat(NotificationChannel.IN_APP.inApp()).isTrue();
        assertThat(NotificationChannel.IN_APP.byEmail()).isFalse();
        assertThat(NotificationChannel.EMAIL.inApp()).isFalse();
        assertThat(NotificationChannel.EMAIL.byEmail()).isTrue();
        assertThat(NotificationChannel.BOTH.inApp()).isTrue();
        assertThat(NotificationChannel.BOTH.byEmail()).isTrue();
        assertThat(NotificationChannel.NONE.inApp()).isFalse();
        assertThat(NotificationChannel.NONE.byEmail()).isFalse();
    }

    @Test
    void comments_default_to_in_app_and_everything_else_to_both() {
        assertThat(NotificationKind.COMMENT.defaultChannel()).isEqualTo(NotificationChannel.IN_APP);
        for (NotificationKind kind : new NotificationKind[] {NotificationKind.INVITATION, NotificationKind.DATA_REQUEST,
                NotificationKind.MEETING, NotificationKind.OUTCOME_READY, NotificationKind.ACCESS_DECISION}) {
            assertThat(kind.defaultChannel()).as(kind.name()).isEqualTo(NotificationChannel.BOTH);
        }
    }
}
