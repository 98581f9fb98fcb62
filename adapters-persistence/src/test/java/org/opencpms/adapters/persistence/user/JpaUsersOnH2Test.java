package org.opencpms.adapters.persistence.user;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;

import org.opencpms.domain.user.Users;

class JpaUsersOnH2Test extends UsersContract {

    private static JpaTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.H2);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
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
