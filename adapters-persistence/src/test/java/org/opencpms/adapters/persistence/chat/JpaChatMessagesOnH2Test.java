package org.opencpms.adapters.persistence.chat;

import org.opencpms.adapters.persistence.JpaTestDatabase;

class JpaChatMessagesOnH2Test extends JpaChatMessagesTestBase {

    JpaChatMessagesOnH2Test() {
        super(JpaTestDatabase.Engine.H2);
    }
}
