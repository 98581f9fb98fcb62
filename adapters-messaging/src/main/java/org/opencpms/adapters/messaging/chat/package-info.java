/**
 * The live chat push: {@link org.opencpms.adapters.messaging.chat.PollingChatFeed} implements the
 * {@link org.opencpms.application.chat.ChatFeed} port by polling the store, so that every node pushes every committed
 * message (no in-memory-only fan-out); each connected client is a
 * {@link org.opencpms.adapters.messaging.chat.Follower} with its own bounded queue. The wire format (Server-Sent
 * Events) is the REST adapter's; the polling loop and the delivery executor are the composition root's.
 */
package org.opencpms.adapters.messaging.chat;
