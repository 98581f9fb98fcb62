package org.opencpms.adapters.messaging.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

class ReadersTest {

    private final Readers readers = new Readers();

    @Test
    void the_connections_of_one_reader_share_one_actor_which_is_let_go_with_the_last_connection() {
        var id = UserId.random();
        var first = readers.intern(new Actor(id, Set.of()));
        var second = readers.intern(new Actor(id, Set.of()));
        var other = readers.intern(new Actor(UserId.random(), Set.of()));

        assertThat(second).isSameAs(first);
        assertThat(other).isNotSameAs(first);
        assertThat(readers.count()).isEqualTo(2);

        readers.release(first);
        assertThat(readers.count()).isEqualTo(2);
        readers.release(second);
        readers.release(other);
        assertThat(readers.count()).isZero();
    }
}
