package org.opencpms.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ReadNamedAuditTrailTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ReadNamedAuditTrail read = new ReadNamedAuditTrail(
            new ReadAuditTrail(world.trail, world.strict, world.auditing), world.users);
    private final Actor auditor = world.person(RoleGrant.auditor(null));

    @Test
    void the_page_names_each_user_who_acted_in_it_and_no_one_else() {
        var actor = world.person(RoleGrant.researcher(PeopleFixtures.ERN));
        var bystander = world.person(RoleGrant.researcher(PeopleFixtures.ERN));
        world.auditing.record(actor, AuditAction.EXPORT, "ResearchDataSet", "all", null, "research");
        world.auditing.record(bystander, AuditAction.EXPORT, "ResearchDataSet", "all", null, "research");

        var onlyTheActor = new AuditCriteria(null, null, null, actor.id(), Set.of());
        var page = read.handle(new ReadAuditTrail.Query(auditor, onlyTheActor, 0, 10));

        assertThat(page.entries()).hasSize(1);
        assertThat(page.actorNames()).containsOnlyKeys(actor.id());
        assertThat(page.actorNames().get(actor.id())).isEqualTo(world.users.find(actor.id()).orElseThrow().displayName());
    }

    @Test
    void an_actor_no_longer_known_keeps_no_name() {
        var gone = new Actor(UserId.random(), Set.of(RoleGrant.researcher(PeopleFixtures.ERN)));
        world.auditing.record(gone, AuditAction.EXPORT, "ResearchDataSet", "all", null, "research");

        var page = read.handle(new ReadAuditTrail.Query(auditor, 0, 10));

        assertThat(page.entries()).extracting(entry -> entry.actor()).contains(gone.id());
        assertThat(page.actorNames()).doesNotContainKey(gone.id());
    }

    @Test
    void only_auditors_read_it() {
        var researcher = world.person(RoleGrant.researcher(PeopleFixtures.ERN));

        assertThatThrownBy(() -> read.handle(new ReadAuditTrail.Query(researcher, 0, 10)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access.audit-forbidden");
    }
}
