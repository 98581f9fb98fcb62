package org.opencpms.adapters.persistence.chat;

import org.opencpms.adapters.persistence.JpaTestDatabase;

class JpaChatMessagesOnPostgresTest extends JpaChatMessagesTestBase {

    JpaChatMessagesOnPostgresTest() {
        super(JpaTestDatabase.Engine.POSTGRES);
    }
}
