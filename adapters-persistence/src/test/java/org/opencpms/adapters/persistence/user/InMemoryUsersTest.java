package org.opencpms.adapters.persistence.user;

import org.opencpms.application.memory.InMemoryUsers;
import org.opencpms.domain.user.Users;

class InMemoryUsersTest extends UsersContract {

    private final Users users = new InMemoryUsers();

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
