package org.opencpms.adapters.persistence.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.Network;
import org.opencpms.domain.reference.NetworkNotFound;
import org.opencpms.domain.reference.Networks;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * What every {@link Networks} does, whatever stores it. There is one network per ERN and the
 * store lives for the whole class, so each test uses ERNs of its own.
 */
abstract class NetworksContract {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final DiseaseGroup TG1 = new DiseaseGroup("TG1", "Immunological kidney disorders");
    private static final DiseaseGroup TG2 = new DiseaseGroup("TG2", "Congenital anomalies of the kidney");
    private static final DiseaseGroup TG3 = new DiseaseGroup("tg-3", "Tubulopathies");

    protected abstract Networks networks();

    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> query) {
        var result = new Object[1];
        inTransaction(() -> result[0] = query.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Reference data changes through a platform operator, whichever the ERN. */
    private static Actor operatorFor(Ern ern) {
        return Actor.operator(UserId.random());
    }

    @Test
    void a_saved_network_is_found_with_its_disease_groups_in_order_and_version_zero() {
        var network = Network.establish(Ern.ERKNET, operatorFor(Ern.ERKNET), NOW);
        network.addDiseaseGroup(TG2, operatorFor(Ern.ERKNET), NOW);
        network.addDiseaseGroup(TG1, operatorFor(Ern.ERKNET), NOW);
        inTransaction(() -> networks().save(network));

        var found = read(() -> networks().get(Ern.ERKNET));
        assertThat(found.ern()).isEqualTo(Ern.ERKNET);
        assertThat(found.diseaseGroups()).containsExactly(TG2, TG1);
        assertThat(found.version()).isZero();
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void each_save_increments_the_version_by_one_and_appends_the_new_groups() {
        inTransaction(() -> networks().save(Network.restore(Ern.BOND, List.of(TG1), 0)));

        var first = read(() -> networks().get(Ern.BOND));
        first.addDiseaseGroup(TG2, operatorFor(Ern.BOND), NOW);
        first.addDiseaseGroup(TG3, operatorFor(Ern.BOND), NOW);
        inTransaction(() -> networks().save(first));

        var second = read(() -> networks().get(Ern.BOND));
        assertThat(second.version()).isEqualTo(1);
        assertThat(second.diseaseGroups()).containsExactly(TG1, TG2, TG3);

        inTransaction(() -> networks().save(second));
        assertThat(read(() -> networks().get(Ern.BOND)).version()).isEqualTo(2);
    }

    @Test
    void saving_a_stale_version_fails_with_a_concurrent_update_and_changes_nothing() {
        inTransaction(() -> networks().save(Network.establish(Ern.CRANIO, operatorFor(Ern.CRANIO), NOW)));
        var mine = read(() -> networks().get(Ern.CRANIO));
        var theirs = read(() -> networks().get(Ern.CRANIO));
        theirs.addDiseaseGroup(TG1, operatorFor(Ern.CRANIO), NOW);
        inTransaction(() -> networks().save(theirs));

        mine.addDiseaseGroup(TG2, operatorFor(Ern.CRANIO), NOW);
        assertThatThrownBy(() -> inTransaction(() -> networks().save(mine)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("network.concurrent-update");

        var stored = read(() -> networks().get(Ern.CRANIO));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.diseaseGroups()).containsExactly(TG1);
    }

    @Test
    void a_network_found_is_a_copy_that_changes_nothing_until_saved() {
        var network = Network.establish(Ern.EPICARE, operatorFor(Ern.EPICARE), NOW);
        inTransaction(() -> networks().save(network));
        network.addDiseaseGroup(TG1, operatorFor(Ern.EPICARE), NOW);
        read(() -> networks().get(Ern.EPICARE)).addDiseaseGroup(TG2, operatorFor(Ern.EPICARE), NOW);

        assertThat(read(() -> networks().get(Ern.EPICARE)).diseaseGroups()).isEmpty();
    }

    @Test
    void an_ern_without_network_data_is_not_found() {
        assertThat(read(() -> networks().find(Ern.RND))).isEmpty();
        assertThatThrownBy(() -> inTransaction(() -> networks().get(Ern.RND)))
                .isInstanceOf(NetworkNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("network.not-found");
    }
}
