package org.opencpms.adapters.persistence.user;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.user.Users;

@OnEveryEngine
class JpaUsersTest extends UsersContract {

    private final JpaTestDatabase database;

    JpaUsersTest(JpaTestDatabase database) {
        this.database = database;
    }

    @Override
    protected Users users() {
        return new JpaUsers(database.entityManager());
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
